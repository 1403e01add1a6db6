import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const CANDIDATES = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium (never a downloaded browser), or undefined when this machine has none. */
export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/**
 * Browser tests need Chromium. CI installs it and must never skip; elsewhere a missing browser
 * skips the browser tests with a notice instead of failing the whole run.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env["CI"]) throw new Error("CI must run the browser tests, but no Chromium was found");
  console.warn("No Chromium found (set CHROMIUM_PATH or install Debian's chromium): skipping browser tests");
  return false;
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** A new page signed in through the portal's form as a demo user. */
export async function signedInPage(browser: Browser, server: { url: string }, email: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: "ja-JP" });
  await page.goto(`${server.url}/login`);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await page.waitForURL(/\/(contracts|legal|staff\/requests)$/);
  return page;
}
