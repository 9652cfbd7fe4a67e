import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { modeOf } from "./chromium";
import { repoRoot } from "./server";

/** axe-core's browser build, injected into pages under test. */
export const AXE_PATH = join(repoRoot, "node_modules/axe-core/axe.min.js");

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard the accessibility statement promises. */
export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  resultTypes: ["violations"],
};

type AxeWindow = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** Violations as a list a person can act on: rule, impact, where, and what the rule asks for. */
export function formatViolations(results: Pick<AxeResults, "violations" | "url">, label: string): string {
  const lines = [
    `axe found ${results.violations.length} WCAG A/AA violation(s) on ${label} (${results.url}):`,
  ];
  for (const v of results.violations) {
    lines.push(`- ${v.id} [${v.impact ?? "no impact"}]: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target.join(" ")}`);
      lines.push(`       ${node.html.slice(0, 200)}`);
      if (node.failureSummary) lines.push(`       ${node.failureSummary.replaceAll("\n", "\n       ")}`);
    }
  }
  return lines.join("\n");
}

let axeSource: string | undefined;

async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe === "object"))) {
    // Evaluated through DevTools, not added as a <script>: the page's CSP (rightly) refuses inline
    // scripts without its nonce, and the audit must not weaken the policy it runs under.
    axeSource ??= readFileSync(AXE_PATH, "utf8");
    await page.evaluate(axeSource);
  }
  return page.evaluate((options) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error("axe-core did not load into the page");
    return axe.run(document, options);
  }, AXE_OPTIONS);
}

// With JavaScript disabled, axe cannot run in the page itself: the page's timers never fire, so
// axe.run() never settles (Chromium keeps microtasks but not setTimeout), and injected <script> tags
// do not execute. Instead, the page's current DOM is loaded at the same URL into a "twin" page that
// may run scripts but not the app's own (heard.js is refused), with the same stylesheet and viewport,
// and axe audits that. Without JavaScript the DOM *is* the server's HTML, so the twin is identical.
const twins = new WeakMap<Browser, Promise<Page>>();

async function twinFor(browser: Browser): Promise<Page> {
  let twin = twins.get(browser);
  if (!twin) {
    twin = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: "block" });
      return context.newPage();
    })();
    twins.set(browser, twin);
  }
  return twin;
}

async function auditInTwin(page: Page): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error("The page has no browser to open an audit page in");
  const twin = await twinFor(browser);
  const html = await page.content();
  // Navigation requests never carry the fragment (say, #main after the skip link was used).
  const url = page.url().split("#")[0] ?? page.url();
  const origin = new URL(url).origin;
  const viewport = page.viewportSize();
  if (viewport) await twin.setViewportSize(viewport);
  await twin.unrouteAll({ behavior: "wait" });
  await twin.route("**/*", async (route) => {
    const request = route.request();
    const target = new URL(request.url());
    if (request.isNavigationRequest() && request.url() === url) {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    }
    // The snapshot stands for a page without JavaScript: the app's own script must not run in it,
    // and nothing but the snapshot may be shown (a real GET here would have no cookie, so no draft).
    if (target.origin !== origin || request.resourceType() === "script" || request.isNavigationRequest()) {
      return route.abort();
    }
    return route.continue();
  });
  await twin.goto(url, { waitUntil: "load" });
  return runAxe(twin);
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page as it is now and throws a readable list
 * of violations if there are any. `label` says which page it was in the failure message.
 */
export async function checkAxe(page: Page, label = page.url()): Promise<void> {
  const results = modeOf(page) === "js" ? await runAxe(page) : await auditInTwin(page);
  if (results.violations.length > 0) throw new Error(formatViolations(results, label));
}
