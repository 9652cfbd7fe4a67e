import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { bundledSurveys, getSurvey } from "../../server/surveys/bundled-surveys";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import type { GuardedContext, Mode } from "./support/chromium";
import { type AnsweredQuestion, completeSurvey, type Visit } from "./support/complete-survey";
import { headingOf, toNextPage } from "./support/navigation";
import { lookUpReceipt } from "./support/server";

const surveyIds = bundledSurveys.map((survey) => survey.id);

type MarkedWindow = { __marker?: number };

const suite = useBrowserSuite();

const inContext = (mode: Mode, body: (page: Page, guarded: GuardedContext) => Promise<void>) =>
  inGuardedContext(suite, mode, body);

/** The answer as the check page shows it: option labels, or the text typed. */
function shownAnswer(question: AnsweredQuestion): string[] {
  return "text" in question.answer ? [question.answer.text] : question.answer.labels;
}

/** Every question answered appears once on "Check your answers", with what was answered. */
async function expectCheckPageMatches(page: Page, answered: readonly AnsweredQuestion[]) {
  const rows = await page.locator(".summary-list__row").evaluateAll((elements) =>
    elements.map((row) => ({
      question: (row.querySelector("dt")?.textContent ?? "").replace(/\s+/g, " ").trim(),
      answer: (row.querySelector(".summary-list__value")?.textContent ?? "").replace(/\s+/g, " ").trim(),
    })),
  );
  expect(rows.map((r) => r.question)).toEqual(answered.map((q) => q.heading));
  for (const [i, question] of answered.entries()) {
    for (const words of shownAnswer(question)) expect(rows[i]?.answer).toContain(words);
  }
}

/** Whether the field on this page still holds the answer given earlier. */
async function expectAnswerStillChosen(page: Page, question: AnsweredQuestion) {
  const { answer, field } = question;
  if ("text" in answer) {
    if (field.kind !== "text" && field.kind !== "long-text") throw new Error("text answer on a choice field");
    await expect.poll(() => page.locator(`[id="${field.id}"]`).inputValue()).toBe(answer.text);
    return;
  }
  for (const id of answer.ids)
    expect(await page.locator(`[id="${id}"]`).isChecked(), `#${id} still chosen`).toBe(true);
}

/** JavaScript-on checks made on the way: no full reloads, and Back shows the earlier answer. */
function enhancedJourneyChecks(surveyId: string) {
  return async (page: Page, visit: Visit) => {
    if (visit.kind === "question" && visit.index === 0) {
      await page.evaluate(() => {
        (window as MarkedWindow).__marker = 1;
      });
    }
    if (
      (visit.kind === "question" && visit.index > 0) ||
      visit.kind === "check" ||
      visit.kind === "confirmation"
    ) {
      const marker = await page.evaluate(() => (window as MarkedWindow).__marker);
      expect(marker, `${surveyId}: ${visit.kind} page was reached without a full reload`).toBe(1);
    }
    if (visit.kind === "question") {
      // The live character count is wired on long-text pages (with JS off it stays static text).
      const counts = await page.locator("[data-character-count]").count();
      if (counts > 0)
        await expect.poll(() => page.locator("[data-character-count][data-counting]").count()).toBe(counts);
    }
    if (visit.kind === "question" && visit.index === 1) {
      const previous = visit.answered[0];
      if (!previous) throw new Error("no first answer recorded");
      await toNextPage(page, () => page.goBack());
      expect(await headingOf(page), "browser Back shows the previous question").toBe(previous.heading);
      expect(page.url()).toBe(previous.url);
      await expectAnswerStillChosen(page, previous);
      await toNextPage(page, () => page.goForward());
      expect(await headingOf(page), "browser Forward returns to this question").toBe(visit.question.heading);
      expect(await page.evaluate(() => (window as MarkedWindow).__marker)).toBe(1);
    }
    if (visit.kind === "check") await expectCheckPageMatches(page, visit.answered);
  };
}

async function plainJourneyChecks(page: Page, visit: Visit) {
  if (visit.kind === "question") {
    // Proof the enhancement did not run: nothing wired the character count.
    expect(await page.locator("[data-counting]").count()).toBe(0);
  }
  if (visit.kind === "check") await expectCheckPageMatches(page, visit.answered);
}

describe.each([
  { mode: "js" as const, label: "on" },
  { mode: "no-js" as const, label: "off" },
])("every bundled survey with JavaScript $label", ({ mode }) => {
  it.each(surveyIds)("completes %s with no axe violations on any page, and stores it", async (surveyId) => {
    await inContext(mode, async (page) => {
      const done = await completeSurvey(page, surveyId, {
        mode,
        onPage: mode === "js" ? enhancedJourneyChecks(surveyId) : plainJourneyChecks,
      });
      expect(done.answered.length).toBeGreaterThan(0);
      expect(done.pagesAudited).toBe(done.answered.length + 3);
      expect(done.receipt).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);

      const receipt = await lookUpReceipt(suite.server, done.receipt);
      expect(receipt.status).toBe(200);
      expect(receipt.body).toMatchObject({ status: "submitted", surveyId });
    });
  });
});

describe("a refused answer (four choices on a top-three question)", () => {
  const survey = getSurvey("feeling-safe");
  const topThree = survey?.questions.find((q) => q.type === "top-three");
  if (!survey || !topThree) throw new Error("feeling-safe no longer has a top-three question to test");
  const fieldId = `q-${topThree.id}`;

  async function chooseFourAndContinue(page: Page) {
    await page.goto(`/s/${survey?.id}`);
    await toNextPage(page, () => page.getByRole("button", { name: "Start now" }).click());
    await page.goto(`/s/${survey?.id}/q/${topThree?.id}`);
    const boxes = page.locator('main input[type="checkbox"][name="answer"]');
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await toNextPage(page, () => page.getByRole("button", { name: "Continue" }).click());
  }

  async function expectLinkedErrorSummary(page: Page) {
    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.locator("[data-error-summary]");
    await expect.poll(() => summary.count()).toBe(1);
    expect((await summary.locator("h2").textContent())?.trim()).toBe("There is a problem");
    const link = summary.locator("a");
    expect(await link.getAttribute("href")).toBe(`#${fieldId}`);
    expect(await link.textContent()).toMatch(/Choose 3 or fewer/);
    // The link's target is the first checkbox, and the error message is part of the field's description.
    expect(await page.locator(`#${fieldId}`).getAttribute("type")).toBe("checkbox");
    const describedBy = (await page.locator("main fieldset").getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain(`${fieldId}-error`);
    // What was chosen is kept, so it can be corrected rather than redone.
    expect(await page.locator('main input[type="checkbox"]:checked').count()).toBe(4);
    await checkAxe(page, "top-three error page");
  }

  /** The summary link is an in-page link: it focuses the field and must not load anything. */
  async function followSummaryLinkToField(page: Page, guarded: GuardedContext) {
    const before = guarded.requests.length;
    await page.locator("[data-error-summary] a").click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(fieldId);
    // Give a (wrong) refetch time to start: with JavaScript on, a popstate handler once reloaded the page here.
    await page.waitForTimeout(300);
    expect(guarded.requests.slice(before).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId);
    expect(await page.locator('main input[type="checkbox"]:checked').count()).toBe(4);
  }

  it("without JavaScript: 'Error: ' title, summary linked to the field, axe clean", async () => {
    await inContext("no-js", async (page, guarded) => {
      await chooseFourAndContinue(page);
      await expectLinkedErrorSummary(page);
      await followSummaryLinkToField(page, guarded);
    });
  });

  it("with JavaScript: the same, and focus moves to the error summary", async () => {
    await inContext("js", async (page, guarded) => {
      await chooseFourAndContinue(page);
      await expectLinkedErrorSummary(page);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary"))).toBe(
        true,
      );
      await followSummaryLinkToField(page, guarded);
    });
  });
});

describe("the accessibility check itself", () => {
  it.each([
    { mode: "js" as const, label: "on" },
    { mode: "no-js" as const, label: "off" },
  ])("reports a real violation with JavaScript $label, naming rule and element", async ({ mode }) => {
    await inContext(mode, async (page) => {
      await page.goto("/help");
      await checkAxe(page, "help page");
      await page.evaluate(() => {
        const img = document.createElement("img");
        img.src = "/assets/heard.css";
        img.className = "no-alt-on-purpose";
        document.querySelector("main")?.append(img);
      });
      const failure = await checkAxe(page, "help page with an image missing alt").then(
        () => "",
        (e: Error) => e.message,
      );
      expect(failure).toContain("image-alt [critical]");
      expect(failure).toMatch(/at img\b/);
      expect(failure).toContain('class="no-alt-on-purpose"');
    });
  });
});
