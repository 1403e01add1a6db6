import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterEach, expect } from "vitest";
import { checkPage, type PageFinding } from "./page-checks.js";

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

/**
 * Pages never opened again by the checks: they spend the "expensive" rate budget (web/security.ts),
 * so opening them again could refuse the test's own next request. A test checks them where it
 * visits them (checkNow), and they are checked when a page is still on them after the test.
 */
const NOT_REVISITED = [/^\/legal\/versions\/[^/]+\/impact(\.csv)?$/, /^\/legal\/compare$/];

const findings: PageFinding[] = [];
const seen = new Set<string>();
/** Open pages and the URLs each has been navigated to since it was last checked. */
const visited = new Map<Page, Set<string>>();
/** Pages the checks open themselves. */
const probes = new WeakSet<Page>();

function record(found: PageFinding[]): void {
  for (const f of found) {
    const path = new URL(f.url).pathname;
    const key = `${f.width} ${path} ${f.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
}

/** Runs the page checks on the page as it is now (tests call it at states worth checking, e.g. an error shown). */
export async function checkNow(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  record(await checkPage(page));
}

/**
 * Checks every page a page navigated to: its current state, then each other URL it visited, opened
 * again in a new page of the same context (same user, same viewport) — never while the test is
 * driving the page, so the checks cannot race the test.
 */
async function checkVisited(page: Page): Promise<void> {
  const urls = visited.get(page);
  if (!urls || page.isClosed() || probes.has(page)) return;
  visited.set(page, new Set());
  const current = page.url();
  if (!current.startsWith("about:")) await checkNow(page);
  urls.delete(current);
  for (const url of urls) {
    if (NOT_REVISITED.some((re) => re.test(new URL(url).pathname))) continue;
    const other = await page.context().newPage();
    probes.add(other);
    try {
      const response = await other.goto(url);
      if (response && response.status() < 400) await checkNow(other);
    } finally {
      await other.close();
    }
  }
}

function watch(page: Page): void {
  if (visited.has(page)) return;
  visited.set(page, new Set());
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && !page.url().startsWith("about:")) visited.get(page)?.add(page.url());
  });
  page.on("close", () => visited.delete(page));
  const close = page.close.bind(page);
  page.close = async (...args) => {
    await checkVisited(page);
    await close(...args);
  };
}

function watchContext(context: BrowserContext): BrowserContext {
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  return context;
}

/** Checks the pages still open and returns (and forgets) everything the checks found. */
export async function pageFindings(): Promise<PageFinding[]> {
  for (const page of [...visited.keys()]) await checkVisited(page);
  return findings.splice(0);
}

// Every test that drives a browser fails on what the checks found on the pages it visited.
afterEach(async () => {
  const found = await pageFindings();
  expect(found.map((f) => `${f.kind} at ${f.width}px ${f.url}: ${f.detail}`)).toEqual([]);
}, 120_000);

export async function launchBrowser(): Promise<Browser> {
  const browser = await launchPlainBrowser();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const close = page.close.bind(page);
    page.close = async (...args) => {
      await close(...args);
      await context.close();
    };
    return page;
  };
  return browser;
}

function launchPlainBrowser(): Promise<Browser> {
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

/** The two screens the portal is tested on: a 1280-px desktop and a 390-px phone. */
export const WIDTHS = [1280, 390] as const;

export function viewportOf(width: number): { width: number; height: number } {
  return width < 600 ? { width, height: 844 } : { width, height: 800 };
}

/**
 * Resolves once React has hydrated the page: the header's menu button is server-rendered `hidden`
 * and shown by the client. Keyboard handlers (the calendar's arrow keys) exist only from then on;
 * pressing a key before would test the server-rendered links, not the widget.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector("button.menu-button:not([hidden])", { state: "attached" });
}

/** A new page signed in through the portal's form as a demo user, on the page it lands on, hydrated. */
export async function signedInPage(
  browser: Browser,
  server: { url: string },
  email: string,
  password: string,
  width = 1280,
): Promise<Page> {
  const page = await browser.newPage({ locale: "ja-JP", viewport: viewportOf(width) });
  await page.goto(`${server.url}/login`);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await page.waitForURL(/\/(contracts|legal|staff\/requests)$/);
  await waitForHydration(page);
  return page;
}
