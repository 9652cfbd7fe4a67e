import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** What {@link launchChromium} may do beyond its defaults. */
export type LaunchOptions = {
  /**
   * Make every host name but 127.0.0.1 unresolvable. Playwright calls route handlers only for the
   * first URL of a redirect chain, so when the server redirects elsewhere (`/exit` to the neutral
   * site) {@link openContext}'s guard never sees the second hop and Chromium would really fetch it.
   * With this the hop fails at once without leaving the machine; Chromium then reloads its error
   * page by itself, and that reload is a fresh request the guard answers.
   */
  blockOtherHosts?: boolean;
};

/** Debian's Chromium, headless, with everything that phones home switched off. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...(options.blockOtherHosts ? ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"] : []),
    ],
  });
}

/** Whether pages in a context run JavaScript: "js" (enhanced journey) or "no-js" (plain forms). */
export type Mode = "js" | "no-js";

/** A browser context that can only reach the test server, and what it tried to reach elsewhere. */
export type GuardedContext = {
  context: BrowserContext;
  mode: Mode;
  /** Every request that went (or tried to go) anywhere but the test server, in order. */
  foreignRequests: string[];
  /** Every request the context's pages made, as `METHOD url` (from `context.on("request")`). */
  requests: { method: string; url: string; resourceType: string }[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
};

const modes = new WeakMap<BrowserContext, Mode>();

/** The mode a page's context was opened with by {@link openContext}. */
export function modeOf(page: Page): Mode {
  const mode = modes.get(page.context());
  if (!mode) throw new Error("This page's context was not opened with openContext()");
  return mode;
}

type ContextOptions = { viewport?: { width: number; height: number } };

/**
 * Opens a context whose relative URLs resolve against the test server. Every request to any other
 * origin is answered here with an empty 200 (so nothing leaves the machine, and `/exit`'s neutral
 * site is never really visited) and recorded in `foreignRequests` so the test can fail on it.
 */
export async function openContext(
  browser: Browser,
  serverUrl: string,
  mode: Mode,
  options: ContextOptions = {},
): Promise<GuardedContext> {
  const origin = new URL(serverUrl).origin;
  const context = await browser.newContext({
    baseURL: serverUrl,
    javaScriptEnabled: mode === "js",
    locale: "en-GB",
    viewport: options.viewport ?? { width: 1024, height: 768 },
    serviceWorkers: "block",
  });
  modes.set(context, mode);
  const foreignRequests: string[] = [];
  const requests: GuardedContext["requests"] = [];
  context.on("request", (request) => {
    requests.push({ method: request.method(), url: request.url(), resourceType: request.resourceType() });
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.fulfill({ status: 200, contentType: "text/plain", body: "" });
  });
  return {
    context,
    mode,
    foreignRequests,
    requests,
    newPage: () => context.newPage(),
    close: () => context.close(),
  };
}
