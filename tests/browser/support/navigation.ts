import type { Page } from "playwright-core";
import { modeOf } from "./chromium";

const OLD_MAIN = "data-test-previous-main";

/**
 * Does `action` (a click, a key press, history back) and waits for the next page to be shown.
 * With JavaScript on, the enhancement swaps `<main>` in place, so this waits for a new `<main>`;
 * with it off, the browser loads a whole new document, so this waits for its `load` event (which
 * also proves the enhancement did not run: a swap fires no `load`).
 */
export async function toNextPage(page: Page, action: () => Promise<unknown>): Promise<void> {
  if (modeOf(page) === "no-js") {
    const loaded = page.waitForEvent("load");
    await action();
    await loaded;
    return;
  }
  await page.evaluate((attr) => document.querySelector("main")?.setAttribute(attr, ""), OLD_MAIN);
  await action();
  await page.waitForFunction(
    (attr) => {
      const main = document.querySelector("main");
      return main !== null && !main.hasAttribute(attr) && document.readyState === "complete";
    },
    OLD_MAIN,
    { timeout: 10_000 },
  );
}

/** The page's h1, trimmed and with whitespace collapsed. */
export async function headingOf(page: Page): Promise<string> {
  const text = await page.locator("main h1").first().textContent();
  return (text ?? "").replace(/\s+/g, " ").trim();
}
