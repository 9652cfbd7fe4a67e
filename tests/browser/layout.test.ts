import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./support/browser-suite";
import { type GuardedContext, openContext } from "./support/chromium";
import { completeSurvey, type Visit } from "./support/complete-survey";

// The narrowest screen WCAG 1.4.10 (Reflow) asks for: 320 CSS px, which is also an old phone.
const NARROW = { width: 320, height: 640 };
const MIN_TARGET = 44;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

const suite = useBrowserSuite();

type PageFacts = {
  scrollWidth: number;
  lang: string;
  fontFaceRules: number;
  documentFonts: number;
  smallTargets: string[];
  options: number;
};

/** Measures what this file checks on every page, in one round trip. */
function factsOf(page: Page): Promise<PageFacts> {
  return page.evaluate((min): PageFacts => {
    let fontFaceRules = 0;
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) if (rule instanceof CSSFontFaceRule) fontFaceRules++;
    }
    const choices = [
      ...document.querySelectorAll<HTMLInputElement>('main input[type="radio"], main input[type="checkbox"]'),
    ];
    const smallTargets: string[] = [];
    for (const input of choices) {
      const label = input.labels?.[0];
      const box = label?.getBoundingClientRect();
      if (!label || !box || box.width < min || box.height < min) {
        smallTargets.push(
          `#${input.id} label ${box ? `${box.width.toFixed(1)}×${box.height.toFixed(1)}` : "missing"}`,
        );
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      lang: document.documentElement.lang,
      fontFaceRules,
      documentFonts: document.fonts.size,
      smallTargets,
      options: choices.length,
    };
  }, MIN_TARGET);
}

/** A 320 px context with every request the page makes collected from `page.on("request")`. */
async function narrowPage(): Promise<{ guarded: GuardedContext; page: Page; requests: Request[] }> {
  const guarded = await openContext(suite.browser, suite.server.url, "js", { viewport: NARROW });
  const page = await guarded.newPage();
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return { guarded, page, requests };
}

async function expectFitsNarrowScreen(page: Page, label: string): Promise<PageFacts> {
  const facts = await factsOf(page);
  expect(facts.scrollWidth, `${label}: no horizontal scroll at 320 px`).toBeLessThanOrEqual(NARROW.width);
  expect(facts.lang, `${label}: <html lang>`).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  expect(facts.fontFaceRules, `${label}: @font-face rules`).toBe(0);
  expect(facts.documentFonts, `${label}: document.fonts`).toBe(0);
  expect(facts.smallTargets, `${label}: answer labels smaller than 44×44`).toEqual([]);
  return facts;
}

/** Only the server was asked for anything, and never for a font. */
function expectOnlyServerRequests(requests: readonly Request[], guarded: GuardedContext) {
  const elsewhere = requests.map((r) => r.url()).filter((url) => new URL(url).origin !== suite.server.origin);
  expect(elsewhere, "requests to other origins").toEqual([]);
  expect(guarded.foreignRequests, "requests the guard had to answer").toEqual([]);
  const fonts = requests
    .filter((r) => r.resourceType() === "font" || FONT_FILE.test(r.url()))
    .map((r) => r.url());
  expect(fonts, "font downloads").toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}

describe("at 320 CSS px wide", () => {
  it.each([
    "/",
    "/?for=child-8-12",
    "/?for=parent-carer",
    "/help",
    "/privacy",
    "/accessibility",
    "/exit-this-page",
    "/withdraw",
  ])("%s fits without horizontal scroll, has lang, no web fonts, no third-party requests", async (path) => {
    const { guarded, page, requests } = await narrowPage();
    try {
      await page.goto(path);
      await expectFitsNarrowScreen(page, path);
      expectOnlyServerRequests(requests, guarded);
    } finally {
      await guarded.close();
    }
  });

  // Between them these two use every question type: emoji-scale, places, text, yes-no-unsure, multi,
  // top-three, long-text (feeling-safe) and single, scale (help-you-got).
  it.each(["feeling-safe", "help-you-got"])(
    "every page of %s fits, has lang, and every answer's label is at least 44×44",
    async (surveyId) => {
      const { guarded, page, requests } = await narrowPage();
      let optionsMeasured = 0;
      const kinds = new Set<Visit["kind"]>();
      try {
        await completeSurvey(page, surveyId, {
          mode: "js",
          onPage: async (_page, visit) => {
            kinds.add(visit.kind);
            const label =
              visit.kind === "question"
                ? `${surveyId} "${visit.question.heading}"`
                : `${surveyId} ${visit.kind} page`;
            optionsMeasured += (await expectFitsNarrowScreen(page, label)).options;
          },
        });
        expect([...kinds].sort()).toEqual(["check", "confirmation", "question", "start"]);
        expect(optionsMeasured).toBeGreaterThan(10);
        expectOnlyServerRequests(requests, guarded);
      } finally {
        await guarded.close();
      }
    },
  );
});
