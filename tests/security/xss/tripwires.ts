import type { Browser, BrowserContext, Page } from "playwright-core";

/** What the tripwires caught in one browser context. */
export type Tripwires = {
  context: BrowserContext;
  /** Payloads that ran: `xssHit(n)`, a write to `window.__xss`, or a dialog. Must stay empty. */
  hits: string[];
  /** CSP violations the pages reported (blocked attempts, or the app's own mistakes). */
  violations: string[];
  /** Requests to anywhere but the test server (an injected `<img src=//evil>` would show here). */
  foreign: string[];
};

/**
 * A context for `serverUrl` whose pages trip an alarm if any payload runs. With `bypassCsp`, the
 * page's Content-Security-Policy is switched off, so escaping alone must keep the payloads inert
 * (otherwise the CSP would hide a hole in the escaping).
 */
export async function trippedContext(
  browser: Browser,
  serverUrl: string,
  options: { bypassCsp: boolean },
): Promise<Tripwires> {
  const context = await browser.newContext({
    baseURL: serverUrl,
    bypassCSP: options.bypassCsp,
    javaScriptEnabled: true,
    locale: "en-GB",
    serviceWorkers: "block",
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  const wires: Tripwires = { context, hits: [], violations: [], foreign: [] };
  const where = (url: string) => new URL(url).pathname + new URL(url).search;
  await context.exposeBinding("xssHit", ({ frame }, marker: unknown) => {
    wires.hits.push(`xssHit(${String(marker)}) on ${where(frame.url() || "about:blank")}`);
  });
  await context.exposeBinding("xssCspViolation", ({ frame }, text: unknown) => {
    wires.violations.push(`${String(text)} on ${where(frame.url())}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { xssHit(marker: string): void; xssCspViolation(text: string): void };
    for (const name of ["__xss", "xss"]) {
      Object.defineProperty(window, name, {
        configurable: false,
        get: () => undefined,
        set: (value: unknown) => w.xssHit(`${name}=${String(value)}`),
      });
    }
    document.addEventListener(
      "securitypolicyviolation",
      (e) => w.xssCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}: ${e.sample}`),
      true,
    );
  });
  context.on("page", (page) => {
    page.on("dialog", async (dialog) => {
      wires.hits.push(`${dialog.type()}(${dialog.message()}) on ${where(page.url())}`);
      await dialog.dismiss().catch(() => {});
    });
  });
  const origin = new URL(serverUrl).origin;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || new URL(url).origin === origin) return route.continue();
    wires.foreign.push(url);
    return route.fulfill({ status: 204, body: "" });
  });
  return wires;
}

/**
 * Markup no Heard page has of its own, and an injected payload would bring: event-handler attributes,
 * `javascript:` addresses, scripts that are not the app's own files, frames and plugins, `<base>`.
 */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    const urlAttrs = new Set([
      "href",
      "src",
      "action",
      "formaction",
      "xlink:href",
      "data",
      "poster",
      "srcdoc",
    ]);
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`handler ${attr.name}: ${describe(el)}`);
        if (
          urlAttrs.has(attr.name.toLowerCase()) &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)
        )
          found.push(`script address in ${attr.name}: ${describe(el)}`);
      }
    }
    for (const script of document.querySelectorAll("script")) {
      const own = script.src && new URL(script.src).origin === location.origin && script.textContent === "";
      if (!own) found.push(`script: ${describe(script)}`);
    }
    for (const el of document.querySelectorAll("iframe, frame, object, embed, base, math, mglyph")) {
      found.push(`element: ${describe(el)}`);
    }
    return found;
  });
}

/** The page's text as a reader sees it, plus what its form fields hold. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")]
      .filter((f) => f.type !== "hidden")
      .map((f) => f.value);
    // innerText on purpose: what a reader sees, not what <noscript> or <style> hold.
    // biome-ignore lint/performance/useDomNodeTextContent: see above.
    return [document.body?.innerText ?? document.documentElement.textContent ?? "", ...fields].join("\n");
  });
}
