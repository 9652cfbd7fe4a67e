import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGE_NAMES, type Locale, locales, translator } from "../../server/i18n/i18n";
import { bundledSurveys, getSurvey } from "../../server/surveys/bundled-surveys";
import { surveyIn } from "../../server/surveys/localised-surveys";
import { useBrowserSuite } from "./support/browser-suite";
import { type GuardedContext, type Mode, openContext } from "./support/chromium";
import {
  completeSurvey,
  journeyLabels,
  planAnswer,
  readQuestionPage,
  type Visit,
} from "./support/complete-survey";
import { responsesTo } from "./support/database";
import { headingOf, toNextPage } from "./support/navigation";
import { lookUpReceipt } from "./support/server";

// Every bundled survey in every language but English (English is journey.test.ts), JavaScript on,
// with axe on every page of every survey: all 30 journeys measured about 60 s on 2 cores alone and
// about 100 s alongside the other browser files, inside the 3 minutes this file may take, so no page
// is left unaudited. `<html lang>` and the translation of the headings are checked on every page.
const otherLocales = locales.filter((l) => l !== "en");
const surveyIds = bundledSurveys.map((survey) => survey.id);

const suite = useBrowserSuite();

/** The `/s/:id/q/:qid` question id of a question page address. */
function questionIdOf(url: string): string {
  const match = /\/q\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`${url} is not a question page address`);
  return decodeURIComponent(match[1]);
}

/** The text of an element in <main>, whitespace collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** On every page: `<html lang>` is the locale, and the h1 is the translation, not the English. */
function translatedPageChecks(locale: Locale, surveyId: string) {
  const t = translator(locale);
  const english = translator("en");
  const local = surveyIn(surveyId, locale);
  const source = getSurvey(surveyId);
  if (!local || !source) throw new Error(`no survey ${surveyId}`);
  return async (page: Page, visit: Visit) => {
    const where = `${locale} ${surveyId} ${visit.kind} page (${page.url()})`;
    expect(await page.locator("html").getAttribute("lang"), `<html lang> on ${where}`).toBe(locale);
    const heading = await headingOf(page);
    switch (visit.kind) {
      case "start": {
        expect(heading, `h1 on ${where}`).toBe(local.title);
        expect(heading, `h1 on ${where} is translated`).not.toBe(source.title);
        const exit = await textOf(page, ".exit-this-page__button");
        expect(exit, `"Exit this page" on ${where}`).toBe(t("exit.button"));
        expect(exit).not.toBe(english("exit.button"));
        break;
      }
      case "question": {
        const id = questionIdOf(page.url());
        const wanted = local.questions.find((q) => q.id === id)?.title;
        const englishTitle = source.questions.find((q) => q.id === id)?.title;
        expect(heading, `h1 on ${where}`).toBe(wanted);
        expect(heading, `h1 on ${where} is translated`).not.toBe(englishTitle);
        break;
      }
      case "check":
        expect(heading).not.toBe(english("check.title"));
        break;
      case "confirmation":
        expect(heading, `h1 on ${where}`).toBe(t("done.title"));
        expect(heading).not.toBe(english("done.title"));
        break;
    }
  };
}

describe.each(otherLocales)("every bundled survey in %s, JavaScript on", (locale) => {
  let guarded: GuardedContext;
  let page: Page;

  beforeAll(async () => {
    guarded = await openContext(suite.browser, suite.server.url, "js");
    page = await guarded.newPage();
    // Choosing the language once is remembered (heard_lang cookie) for the whole journey.
    await page.goto(`/?lang=${locale}`);
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
  });

  afterAll(async () => {
    await guarded?.close();
  });

  it.each(surveyIds)("completes %s translated, with no axe violations", async (surveyId) => {
    const done = await completeSurvey(page, surveyId, {
      mode: "js",
      locale,
      onPage: translatedPageChecks(locale, surveyId),
    });
    expect(done.answered.length).toBeGreaterThan(0);
    expect(done.pagesAudited, "axe ran on every page").toBe(done.answered.length + 3);

    const receipt = await lookUpReceipt(suite.server, done.receipt);
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ status: "submitted", surveyId });
    // This file is the only one writing to its server: one response per survey and locale.
    expect(responsesTo(suite.server, surveyId).filter((r) => r.locale === locale)).toHaveLength(1);
    expect(guarded.foreignRequests, "requests to other origins").toEqual([]);
  });
});

describe.each([
  { mode: "js" as const, label: "on" },
  { mode: "no-js" as const, label: "off" },
])("the language switcher on a Polish question page, JavaScript $label", ({ mode }) => {
  const surveyId = "feeling-safe";

  async function answerFirstQuestionAndComeBack(page: Page, m: Mode) {
    const polish = journeyLabels("pl");
    await page.goto("/?lang=pl");
    await page.goto(`/s/${surveyId}`);
    await toNextPage(page, () => page.getByRole("button", { name: polish.startNow }).click());
    const first = await readQuestionPage(page);
    if (!first) throw new Error(`no question page after starting ${surveyId} (${page.url()})`);
    const answer = planAnswer(first.field);
    if (!("ids" in answer)) throw new Error(`${surveyId}'s first question is no longer a choice`);
    for (const id of answer.ids) await page.locator(`[id="${id}"]`).check();
    await toNextPage(page, () => page.getByRole("button", { name: polish.continue }).click());
    expect(page.url()).not.toBe(first.url);
    // The page's own Back link (a swap with JavaScript, a page load without).
    await toNextPage(page, () => page.locator("main a.back-link").click());
    expect(page.url(), `Back (${m}) returns to the first question`).toBe(first.url);
    expect(await headingOf(page)).toBe(first.heading);
    for (const id of answer.ids) expect(await page.locator(`[id="${id}"]`).isChecked()).toBe(true);
    return { first, ids: answer.ids };
  }

  it("'English' shows the same question in English, with the answer kept", async () => {
    const guarded = await openContext(suite.browser, suite.server.url, mode);
    try {
      const page = await guarded.newPage();
      const { first, ids } = await answerFirstQuestionAndComeBack(page, mode);
      const id = questionIdOf(first.url);
      const polishTitle = surveyIn(surveyId, "pl")?.questions.find((q) => q.id === id)?.title;
      const englishTitle = getSurvey(surveyId)?.questions.find((q) => q.id === id)?.title;
      expect(first.heading).toBe(polishTitle);

      const english = page.locator(".language-switcher").getByRole("link", { name: LANGUAGE_NAMES.en });
      expect(await english.getAttribute("hreflang")).toBe("en");
      // The switcher lives outside <main>: following it always loads a whole page.
      const loaded = page.waitForEvent("load");
      await english.click();
      await loaded;

      expect(new URL(page.url()).pathname).toBe(new URL(first.url).pathname);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await headingOf(page)).toBe(englishTitle);
      for (const option of ids) expect(await page.locator(`[id="${option}"]`).isChecked()).toBe(true);
      // And Polish is one link away again, from the same page.
      const polishHref = await page
        .locator(".language-switcher")
        .getByRole("link", { name: LANGUAGE_NAMES.pl })
        .getAttribute("href");
      expect(polishHref).toBe(`${new URL(first.url).pathname}?lang=pl`);
      expect(guarded.foreignRequests, "requests to other origins").toEqual([]);
    } finally {
      await guarded.close();
    }
  });
});
