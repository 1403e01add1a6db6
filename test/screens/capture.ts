import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { it } from "vitest";
import { launchBrowser, signedInPage, viewportOf, WIDTHS } from "../helpers/browser.js";
import { DEMO_PASSWORD, startServer } from "../helpers/server.js";

// `pnpm screens` (not part of CI): screenshots of the key pages at 1280 and 390 px, committed under
// docs/screens/ and linked from the README. Each shows the first screen of the page (not the whole
// page), with the demo data, in Japanese.
const OUT = fileURLToPath(new URL("../../docs/screens/", import.meta.url));

it("captures the key pages at both widths", async () => {
  mkdirSync(OUT, { recursive: true });
  const [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  try {
    for (const width of WIDTHS) {
      const shot = async (page: Page, name: string) => {
        await page.waitForLoadState("load");
        await page.screenshot({ path: `${OUT}${name}-${width}.png`, animations: "disabled" });
      };
      const visitor = await browser.newPage({ locale: "ja-JP", viewport: viewportOf(width) });
      await visitor.goto(`${server.url}/`);
      await shot(visitor, "home");
      await visitor.goto(`${server.url}/services/qtpro-flex-mobility/estimate`);
      await shot(visitor, "estimate-flex");
      await visitor.goto(`${server.url}/services/qtpro-cloud/estimate`);
      await shot(visitor, "estimate-cloud");
      await visitor.close();

      const page = await signedInPage(browser, server, "admin@fukuoka-medical.example", DEMO_PASSWORD, width);
      await shot(page, "contracts");
      const href = async (n: string) =>
        new URL((await page.locator(`[data-contract="${n}"] h2 a`).getAttribute("href")) ?? "", server.url).toString();
      const cloud = await href("YK-CL-0005");
      const utm = await href("YK-UTM-0007");
      await page.goto(cloud);
      await shot(page, "contract-cloud");
      await page.goto(`${utm}/cancel`);
      await shot(page, "cancel-utm");
      if (width < 600) {
        await page.getByRole("button", { name: "メニュー" }).click();
        await shot(page, "menu-open");
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}, 300_000);
