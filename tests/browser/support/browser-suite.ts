import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type GuardedContext, type LaunchOptions, launchChromium, type Mode, openContext } from "./chromium";
import { startServer, type TestServer } from "./server";

/** The real server and one Chromium for a test file; both are ready inside tests and hooks. */
export type BrowserSuite = { server: TestServer; browser: Browser };

/** Starts the server and Chromium before a file's tests and closes both after them. */
export function useBrowserSuite(options: LaunchOptions = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchChromium(options);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Runs `body` in a fresh context of `suite` (own cookies, so own draft) and fails if the pages
 * reached beyond the server.
 */
export async function inGuardedContext(
  suite: BrowserSuite,
  mode: Mode,
  body: (page: Page, guarded: GuardedContext) => Promise<void>,
) {
  const guarded = await openContext(suite.browser, suite.server.url, mode);
  try {
    await body(await guarded.newPage(), guarded);
    expect(guarded.foreignRequests, "requests to other origins").toEqual([]);
  } finally {
    await guarded.close();
  }
}
