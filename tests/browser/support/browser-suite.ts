import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type LaunchOptions, launchChromium } from "./chromium";
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
