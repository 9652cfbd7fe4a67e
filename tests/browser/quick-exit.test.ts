import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkAxe } from "./support/axe";
import { useBrowserSuite } from "./support/browser-suite";
import { type GuardedContext, type Mode, openContext } from "./support/chromium";
import { draftExists, draftIdOf } from "./support/database";
import { headingOf, toNextPage } from "./support/navigation";

// The neutral site `/exit` redirects to (HEARD_EXIT_URL's default). The browser is launched so that
// it cannot resolve any other host: the redirect's hop fails without leaving the machine, and
// Chromium's own reload of its error page is then answered (empty) by the guarded context.
const NEUTRAL_URL = "https://www.bbc.co.uk/weather";
// quick-feedback: a face scale, a yes/no, then a one-line text answer.
const SURVEY = "quick-feedback";
const TYPED = "SOMETHING ONLY I WOULD WRITE";

const suite = useBrowserSuite({ blockOtherHosts: true });

/** Runs `body` in a fresh context (own cookies, so own draft). */
async function inContext(mode: Mode, body: (page: Page, guarded: GuardedContext) => Promise<void>) {
  const guarded = await openContext(suite.browser, suite.server.url, mode);
  try {
    await body(await guarded.newPage(), guarded);
  } finally {
    await guarded.close();
  }
}

/**
 * From the home page (the page before the survey) into the survey: the first two questions answered
 * and sent (so the draft holds them), then words typed into the third and not sent yet.
 * Returns the draft's id, read from the browser's cookie.
 */
async function answerSomeQuestions(page: Page, guarded: GuardedContext): Promise<string> {
  await page.goto("/");
  await page.goto(`/s/${SURVEY}`);
  await toNextPage(page, () => page.getByRole("button", { name: "Start now" }).click());
  for (let i = 0; i < 2; i++) {
    await page.locator('main input[type="radio"][name="answer"]').first().check();
    await toNextPage(page, () => page.getByRole("button", { name: "Continue" }).click());
  }
  await page.locator('main input[type="text"][name="answer"]').fill(TYPED);
  const draftId = await draftIdOf(guarded.context);
  if (!draftId) throw new Error("starting the survey set no draft cookie");
  expect(draftExists(suite.server, draftId), "the draft is stored before the exit").toBe(true);
  // Both ways out are there: the hidden first link for assistive technology and the visible button.
  expect(await page.locator('a[href="/exit"]').count()).toBe(2);
  return draftId;
}

/** After leaving: at the neutral site, the draft deleted on the server and its cookie gone. */
async function expectLeftWithoutTrace(page: Page, guarded: GuardedContext, draftId: string) {
  // Polled rather than waitForURL: the first hop ends on Chromium's error page (see above).
  await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(NEUTRAL_URL);
  await page.waitForLoadState("load");
  // It got there through /exit (which deletes the draft), redirected straight on to the neutral site.
  const documents = guarded.requests.filter((r) => r.resourceType === "document").map((r) => r.url);
  const exit = documents.lastIndexOf(`${suite.server.origin}/exit`);
  expect(exit, "a request for /exit").toBeGreaterThanOrEqual(0);
  expect(documents[exit + 1]).toBe(NEUTRAL_URL);
  expect(draftExists(suite.server, draftId), "the draft row is deleted").toBe(false);
  expect(await draftIdOf(guarded.context), "the draft cookie is cleared").toBeUndefined();
  // Nothing but the neutral site was asked for outside the test server.
  expect(guarded.foreignRequests.length).toBeGreaterThan(0);
  expect(new Set(guarded.foreignRequests)).toEqual(new Set([NEUTRAL_URL]));
}

/**
 * Browser Back after the exit must not show the survey with its answers: it may show the page
 * before the survey, or a start page, but nothing that was chosen or typed.
 */
async function expectBackShowsNoAnswers(page: Page, guarded: GuardedContext, exitedFrom: string) {
  const before = guarded.requests.length;
  await page.goBack({ waitUntil: "load" });
  // A page restored from the back/forward cache reloads itself; let any redirect settle.
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe("complete");
  const path = new URL(page.url()).pathname;
  expect(["/", `/s/${SURVEY}`], `Back after the exit landed on ${page.url()}`).toContain(path);
  const shown = await page.evaluate(() => ({
    checked: document.querySelectorAll("input:checked").length,
    filled: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")]
      .filter((field) => field.type !== "hidden" && field.value !== "")
      .map((field) => field.value),
    summaryRows: document.querySelectorAll(".summary-list__row").length,
    text: document.body.textContent ?? "",
  }));
  expect(shown.checked, "checked radios or boxes shown after Back").toBe(0);
  expect(shown.filled, "filled text fields shown after Back").toEqual([]);
  expect(shown.summaryRows).toBe(0);
  expect(shown.text).not.toContain(TYPED);
  if (guarded.mode === "js") {
    // The script replaced the history entry of the page it left, so Back goes to the one before it.
    const firstAfterBack = guarded.requests.slice(before).find((r) => r.resourceType === "document");
    expect(firstAfterBack?.url, "the page exited from is no longer in the history").not.toBe(exitedFrom);
  }
}

describe.each([
  { mode: "js" as const, label: "on" },
  { mode: "no-js" as const, label: "off" },
])("Exit this page with JavaScript $label", ({ mode }) => {
  it("the visible button ends at the neutral site and deletes the draft; Back shows no answers", async () => {
    await inContext(mode, async (page, guarded) => {
      const draftId = await answerSomeQuestions(page, guarded);
      const exitedFrom = page.url();
      await page.locator("a.exit-this-page__button").click();
      await expectLeftWithoutTrace(page, guarded, draftId);
      await expectBackShowsNoAnswers(page, guarded, exitedFrom);
    });
  });
});

describe("Shift pressed 3 times, JavaScript on", () => {
  it("leaves like the button: neutral site, draft deleted, Back shows no answers", async () => {
    await inContext("js", async (page, guarded) => {
      const draftId = await answerSomeQuestions(page, guarded);
      const exitedFrom = page.url();
      await page.locator("main h1").click(); // focus off the text field, as a person might
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await expectLeftWithoutTrace(page, guarded, draftId);
      await expectBackShowsNoAnswers(page, guarded, exitedFrom);
    });
  });
});

describe("/exit-this-page", () => {
  it.each(["js", "no-js"] as const)("explains the quick exit, with no axe violations (%s)", async (mode) => {
    await inContext(mode, async (page, guarded) => {
      await page.goto("/exit-this-page");
      expect(await headingOf(page)).toBe("Leaving this site quickly");
      expect(await page.locator("main").textContent()).toContain("does not delete your browsing history");
      await checkAxe(page, "/exit-this-page");
      expect(guarded.foreignRequests).toEqual([]);
    });
  });
});
