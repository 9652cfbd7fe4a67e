import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translator } from "../../server/i18n/i18n";
import { getSurvey } from "../../server/surveys/bundled-surveys";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import type { GuardedContext, Mode } from "./support/chromium";
import { completeSurvey, type Visit } from "./support/complete-survey";
import { draftCount, draftExists, draftIdOf, responsesTo } from "./support/database";
import { headingOf, toNextPage } from "./support/navigation";
import { lookUpReceipt } from "./support/server";

// A shared device at an event: `/k/<survey>?event=...` records the event on each response, hands over
// 20 s after a submission, clears itself after 2 idle minutes, and deletes the draft when it does.
const SURVEY = "quick-feedback";
const EVENT = "Test event";
const KIOSK_START = `/k/${SURVEY}?event=${encodeURIComponent(EVENT)}`;
const KIOSK_RESTART = `/k/${SURVEY}/restart?event=${encodeURIComponent(EVENT)}`;
const IDLE_SECONDS = 120;
const HANDOVER_SECONDS = 20;
const en = translator("en");

const suite = useBrowserSuite();

const absolute = (path: string) => new URL(path, suite.server.url).href;

const inContext = (mode: Mode, body: (page: Page, guarded: GuardedContext) => Promise<void>) =>
  inGuardedContext(suite, mode, body);

/** The `content` of the page's `<noscript><meta http-equiv="refresh">`, or undefined if it has none. */
function noscriptRefreshOf(html: string): string | undefined {
  return /<noscript>\s*<meta http-equiv="refresh" content="([^"]*)"\s*\/?>\s*<\/noscript>/.exec(html)?.[1];
}

/** Every text field on the page, with its autocomplete attribute. */
function textFieldsOf(page: Page) {
  return page
    .locator('main input[type="text"], main textarea')
    .evaluateAll((fields) => fields.map((f) => ({ id: f.id, autocomplete: f.getAttribute("autocomplete") })));
}

/**
 * On every page of a kiosk journey: the kiosk frame (restart address, idle banner), and every text
 * field with `autocomplete="off"` (a shared browser must not offer the last person's words).
 * Counts the text fields seen, so a test can make sure the check was not vacuous.
 */
function kioskPageChecks(seen: { textFields: number; draftId?: string }, guarded: GuardedContext) {
  return async (page: Page, visit: Visit) => {
    const where = `${visit.kind} page (${page.url()})`;
    expect(await page.locator("body").getAttribute("data-kiosk-restart"), `restart on ${where}`).toMatch(
      /^\/k\/[a-z-]+(\/restart)?(\?|$)/,
    );
    expect(await page.locator("[data-kiosk-idle]").count(), `idle banner on ${where}`).toBe(1);
    for (const field of await textFieldsOf(page)) {
      expect(field.autocomplete, `autocomplete of #${field.id} on ${where}`).toBe("off");
      seen.textFields++;
    }
    if (visit.kind === "start") {
      expect(await page.locator('main form input[type="hidden"][name="event"]').inputValue()).toBe(EVENT);
    }
    if (visit.kind === "question") seen.draftId ??= await draftIdOf(guarded.context);
  };
}

/** Whatever the page is, it shows none of the answers given before the reset. */
async function expectNoAnswersShown(page: Page, what: string) {
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe("complete");
  const shown = await page.evaluate(() => ({
    checked: document.querySelectorAll("input:checked").length,
    filled: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")]
      .filter((field) => field.type !== "hidden" && field.value !== "")
      .map((field) => field.value),
    summaryRows: document.querySelectorAll(".summary-list__row").length,
    receipts: document.querySelectorAll("[data-receipt]").length,
  }));
  expect(shown, `${what} (${page.url()})`).toEqual({ checked: 0, filled: [], summaryRows: 0, receipts: 0 });
}

describe("a shared device (kiosk), JavaScript on", () => {
  it("after a submission counts down 20 s, returns to the kiosk start page, and keeps nothing", async () => {
    await inContext("js", async (page, guarded) => {
      await page.clock.install();
      const seen = { textFields: 0, draftId: undefined as string | undefined };
      const checks = kioskPageChecks(seen, guarded);
      // axe runs on every page of the walk, the kiosk start and confirmation pages included.
      const done = await completeSurvey(page, SURVEY, {
        mode: "js",
        startUrl: KIOSK_START,
        onPage: async (p, visit) => {
          await checks(p, visit);
          if (visit.kind === "confirmation") {
            const next = p.locator("[data-kiosk-next]");
            await expect.poll(() => next.getAttribute("data-counting")).toBe("1");
            expect(await next.textContent()).toMatch(
              /^Thank you! This page will be ready for the next person in \d+ seconds?\.$/,
            );
            // No "Go to the start" link on a shared device: the page hands over by itself.
            expect(await p.getByRole("link", { name: en("done.again") }).count()).toBe(0);
          }
        },
      });
      expect(seen.textFields, "a text field was met and checked").toBeGreaterThan(0);
      expect(seen.draftId, "the kiosk journey had a draft").toMatch(/^[0-9a-f-]{36}$/);
      expect(done.pagesAudited).toBe(done.answered.length + 3);

      // Still there, counting down, well before the 20 s are up (axe took a few of them in real time)...
      await page.clock.runFor((HANDOVER_SECONDS - 8) * 1000);
      expect(await page.locator("[data-receipt]").count()).toBe(1);
      const left = Number(/(\d+)/.exec((await page.locator("[data-kiosk-next]").textContent()) ?? "")?.[1]);
      expect(left, "seconds left on the countdown").toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(8);
      // ...and gone after.
      await page.clock.runFor(10_000);
      await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(absolute(KIOSK_START));
      await page.waitForLoadState("load");
      expect(await page.locator('main input[name="event"]').inputValue()).toBe(EVENT);

      const stored = responsesTo(suite.server, SURVEY);
      expect(stored.map((r) => r.eventLabel)).toEqual([EVENT]);
      expect((await lookUpReceipt(suite.server, done.receipt)).body).toMatchObject({ status: "submitted" });
      expect(draftExists(suite.server, seen.draftId ?? "")).toBe(false);
      expect(draftCount(suite.server), "no drafts left on the server").toBe(0);
      expect(await draftIdOf(guarded.context)).toBeUndefined();

      await page.goBack();
      await expectNoAnswersShown(page, "Back after the handover");
    });
  }, 60_000);

  it("clears itself after 2 idle minutes, counting down in the last 30 s; activity postpones it", async () => {
    await inContext("js", async (page, guarded) => {
      await page.clock.install();
      await page.goto(KIOSK_START);
      await toNextPage(page, () => page.getByRole("button", { name: "Start now" }).click());
      await page.locator('main input[type="radio"][name="answer"]').first().check();
      await toNextPage(page, () => page.getByRole("button", { name: "Continue" }).click());
      const questionUrl = page.url();
      const draftId = await draftIdOf(guarded.context);
      if (!draftId) throw new Error("the kiosk journey set no draft cookie");
      expect(draftExists(suite.server, draftId)).toBe(true);

      const idle = page.locator("[data-kiosk-idle]");
      expect((await idle.textContent())?.trim()).toBe(en("kiosk.idleNoScript"));
      await page.clock.runFor(95_000);
      const warning = ((await idle.textContent()) ?? "").trim();
      expect(warning).toMatch(/^Still there\? This page will clear in \d+ seconds?\.$/);
      const secondsLeft = Number(/(\d+)/.exec(warning)?.[1]);
      // 95 s of 120 gone: about 25 s left, give or take the 1 s ticks and the real time the steps took.
      expect(secondsLeft).toBeGreaterThanOrEqual(20);
      expect(secondsLeft).toBeLessThanOrEqual(30);
      expect(await idle.isVisible()).toBe(true);

      // Someone is still there: a key press starts the 2 minutes again.
      await page.keyboard.press("Control");
      expect((await idle.textContent())?.trim()).toBe(en("kiosk.idleNoScript"));
      await page.clock.runFor(60_000); // 155 s since the answer, 60 s since the key press
      expect(page.url()).toBe(questionUrl);
      expect(draftExists(suite.server, draftId), "the draft survives while someone is using the page").toBe(
        true,
      );

      await page.clock.runFor((IDLE_SECONDS - 60 + 2) * 1000);
      // Polled rather than waitForURL: the 1 s ticks fired in one go may start the restart twice,
      // and the first of those navigations is then reported as aborted.
      await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(absolute(KIOSK_START));
      await page.waitForLoadState("load");
      expect(draftExists(suite.server, draftId), "the idle reset deleted the draft").toBe(false);
      expect(await draftIdOf(guarded.context)).toBeUndefined();
      expect(await headingOf(page)).toBe(getSurvey(SURVEY)?.title);

      await page.goBack();
      await expectNoAnswersShown(page, "Back after the idle reset");
    });
  }, 60_000);
});

describe("a shared device (kiosk), JavaScript off", () => {
  it("question pages refresh to the restart address after 2 minutes; that address deletes the draft", async () => {
    await inContext("no-js", async (page, guarded) => {
      await page.goto(KIOSK_START);
      await toNextPage(page, () => page.getByRole("button", { name: "Start now" }).click());
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/s/${SURVEY}/q/`));
      const draftId = await draftIdOf(guarded.context);
      if (!draftId) throw new Error("the kiosk journey set no draft cookie");

      expect(noscriptRefreshOf(await page.content()), "the refresh on a kiosk question page").toBe(
        `${IDLE_SECONDS};url=${KIOSK_RESTART}`,
      );
      expect(await page.locator("[data-kiosk-idle]").textContent()).toBe(en("kiosk.idleNoScript"));

      await page.locator('main input[type="radio"][name="answer"]').first().check();
      await toNextPage(page, () => page.getByRole("button", { name: "Continue" }).click());
      expect(draftExists(suite.server, draftId)).toBe(true);

      // What the refresh does after 2 minutes, without waiting for them.
      await page.goto(KIOSK_RESTART);
      expect(page.url()).toBe(absolute(KIOSK_START));
      expect(draftExists(suite.server, draftId), "the restart address deleted the draft").toBe(false);
      expect(await draftIdOf(guarded.context)).toBeUndefined();
      await expectNoAnswersShown(page, "the kiosk start page after the restart");
    });
  });

  it("a submission hands over by itself after 20 s, every text field has autocomplete off", async () => {
    await inContext("no-js", async (page, guarded) => {
      const seen = { textFields: 0, draftId: undefined as string | undefined };
      const done = await completeSurvey(page, SURVEY, {
        mode: "no-js",
        startUrl: KIOSK_START,
        onPage: kioskPageChecks(seen, guarded),
      });
      expect(seen.textFields).toBeGreaterThan(0);
      expect(noscriptRefreshOf(await page.content()), "the refresh on the confirmation page").toBe(
        `${HANDOVER_SECONDS};url=${KIOSK_RESTART}`,
      );
      expect(done.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      // A real wait: without JavaScript there is no clock to move, only the browser's own refresh.
      await page.waitForURL(absolute(KIOSK_START), { timeout: (HANDOVER_SECONDS + 10) * 1000 });
      expect(draftExists(suite.server, seen.draftId ?? "")).toBe(false);
      await expectNoAnswersShown(page, "the kiosk start page after the handover");
    });
  }, 60_000);
});
