import type { Page } from "playwright-core";
import { RESERVED_OPTION_VALUES } from "../../../server/domain/surveys/reserved-options";
import { type Locale, translator } from "../../../server/i18n/i18n";
import { checkAxe } from "./axe";
import { type Mode, modeOf } from "./chromium";
import { headingOf, toNextPage } from "./navigation";

/** One radio or checkbox as the page shows it. */
export type ChoiceOption = { id: string; value: string; label: string; checked: boolean };

/** The answer field of a question page, read from the DOM. */
export type QuestionField =
  | { kind: "radio" | "checkbox"; options: ChoiceOption[] }
  | { kind: "text" | "long-text"; id: string; maxLength: number; value: string };

/** A question page as found: its heading (the question), address and field. */
export type QuestionPageInfo = { heading: string; url: string; field: QuestionField };

/** What was answered on one question page: option ids ticked, or text typed. */
export type Answer = { ids: string[]; labels: string[] } | { text: string };

/** A question page met on the way and the answer given there. */
export type AnsweredQuestion = QuestionPageInfo & { answer: Answer };

/** A page visited by {@link completeSurvey}, passed to `onPage` after axe has passed on it. */
export type Visit =
  | { kind: "start" | "check" | "confirmation"; answered: readonly AnsweredQuestion[] }
  | { kind: "question"; index: number; question: QuestionPageInfo; answered: readonly AnsweredQuestion[] };

/** How {@link completeSurvey} runs. */
export type CompleteOptions = {
  /** Must match the context the page is in: "js" waits for swapped pages, "no-js" for page loads. */
  mode: Mode;
  /** Called on every page after axe passed and before anything is answered or pressed. */
  onPage?: (page: Page, visit: Visit) => Promise<void>;
  /** Most question pages to go through before giving up (a loop would otherwise never end). */
  maxQuestionPages?: number;
  /** The language the pages are in (the buttons are found by their names in it); English when not given. */
  locale?: Locale;
  /** Where the journey begins (a kiosk link, say); `/s/:surveyId` when not given. */
  startUrl?: string;
};

/** The names of the buttons and headings the walk looks for, in one language. */
export type JourneyLabels = { startNow: string; continue: string; send: string; checkTitle: string };

const ENGLISH_LABELS: JourneyLabels = {
  startNow: "Start now",
  continue: "Continue",
  send: "Send my answers",
  checkTitle: "Check your answers",
};

/** The journey's button names and the check page's heading in `locale`, from the interface strings. */
export function journeyLabels(locale: Locale): JourneyLabels {
  const t = translator(locale);
  return {
    startNow: t("start.startNow"),
    continue: t("question.continue"),
    send: t("check.send"),
    checkTitle: t("check.title"),
  };
}

/** What {@link completeSurvey} found. */
export type CompletedSurvey = { receipt: string; answered: AnsweredQuestion[]; pagesAudited: number };

/** A short sentence for a one-line answer. */
export const SHORT_ANSWER = "The bus stop feels a bit scary after dark.";
/** A couple of sentences for a long answer. */
export const LONG_ANSWER =
  "Most of the time things are fine for me. It would help to have more things to do after school, and better lights in the park.";

/** Reads the question page's answer field from the DOM, or null if this is not a question page. */
export async function readQuestionPage(page: Page): Promise<QuestionPageInfo | null> {
  const field = await page.evaluate((): QuestionField | null => {
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main form [name="answer"]'),
    ];
    const first = fields[0];
    if (!first) return null;
    if (first instanceof HTMLTextAreaElement) {
      return {
        kind: "long-text",
        id: first.id,
        maxLength: Number(first.dataset.maxlength ?? 1000),
        value: first.value,
      };
    }
    if (first.type === "text") {
      return {
        kind: "text",
        id: first.id,
        maxLength: first.maxLength > 0 ? first.maxLength : 200,
        value: first.value,
      };
    }
    const kind = first.type === "checkbox" ? "checkbox" : "radio";
    const options = fields.map((input) => ({
      id: input.id,
      value: input.value,
      label: (input.labels?.[0]?.textContent ?? "").replace(/\s+/g, " ").trim(),
      checked: (input as HTMLInputElement).checked,
    }));
    return { kind, options };
  });
  if (!field) return null;
  return { heading: await headingOf(page), url: page.url(), field };
}

/** Options that are real answers, not the engine's "I don't know" or "I'd rather not say". */
export function realOptions(options: readonly ChoiceOption[]): ChoiceOption[] {
  return options.filter((o) => !RESERVED_OPTION_VALUES.includes(o.value));
}

/** What to answer: the first real radio, up to 2 real checkboxes, a sentence or two of text. */
export function planAnswer(field: QuestionField): Answer {
  switch (field.kind) {
    case "radio":
    case "checkbox": {
      const chosen = realOptions(field.options).slice(0, field.kind === "radio" ? 1 : 2);
      if (chosen.length === 0)
        throw new Error(`No real option to choose among ${field.options.map((o) => o.value).join(", ")}`);
      return { ids: chosen.map((o) => o.id), labels: chosen.map((o) => o.label) };
    }
    case "text":
      return { text: SHORT_ANSWER.slice(0, field.maxLength) };
    case "long-text":
      return { text: LONG_ANSWER.slice(0, field.maxLength) };
  }
}

async function answerWithPointer(page: Page, answer: Answer, field: QuestionField): Promise<void> {
  if ("text" in answer) {
    if (field.kind === "text" || field.kind === "long-text")
      await page.locator(`[id="${field.id}"]`).fill(answer.text);
    return;
  }
  for (const id of answer.ids) await page.locator(`[id="${id}"]`).check();
}

/**
 * Goes from `/s/:surveyId` (or `startUrl`) to the confirmation page by answering whatever each question page asks
 * (read from the DOM, so `showIf` questions are met exactly when the journey shows them), with axe
 * run on every page on the way. Returns the receipt code and what was answered.
 */
export async function completeSurvey(
  page: Page,
  surveyId: string,
  options: CompleteOptions,
): Promise<CompletedSurvey> {
  const { mode, onPage, maxQuestionPages = 40 } = options;
  const labels = options.locale ? journeyLabels(options.locale) : ENGLISH_LABELS;
  if (modeOf(page) !== mode)
    throw new Error(`completeSurvey(mode: "${mode}") on a page opened as "${modeOf(page)}"`);
  const answered: AnsweredQuestion[] = [];
  let pagesAudited = 0;
  const audit = async (label: string) => {
    await checkAxe(page, label);
    pagesAudited++;
  };

  await page.goto(options.startUrl ?? `/s/${surveyId}`);
  await audit(`${surveyId} start page`);
  await onPage?.(page, { kind: "start", answered });
  await toNextPage(page, () => page.getByRole("button", { name: labels.startNow }).click());

  for (let index = 0; ; index++) {
    const question = await readQuestionPage(page);
    if (!question) break;
    if (index >= maxQuestionPages)
      throw new Error(`${surveyId}: still asking questions after ${maxQuestionPages} pages (${page.url()})`);
    await audit(`${surveyId} question ${index + 1} "${question.heading}"`);
    await onPage?.(page, { kind: "question", index, question, answered });
    const answer = planAnswer(question.field);
    await answerWithPointer(page, answer, question.field);
    answered.push({ ...question, answer });
    await toNextPage(page, () => page.getByRole("button", { name: labels.continue }).click());
    const summary = page.locator("[data-error-summary]");
    const problem = (await summary.count()) > 0 ? await summary.textContent() : null;
    if (problem)
      throw new Error(
        `${surveyId}: "${question.heading}" was refused: ${problem.replace(/\s+/g, " ").trim()}`,
      );
  }

  if ((await headingOf(page)) !== labels.checkTitle) {
    throw new Error(
      `${surveyId}: expected "${labels.checkTitle}" after the questions, found "${await headingOf(page)}" at ${page.url()}`,
    );
  }
  await audit(`${surveyId} check answers page`);
  await onPage?.(page, { kind: "check", answered });
  await toNextPage(page, () => page.getByRole("button", { name: labels.send }).click());

  const receipt = (await page.locator("[data-receipt]").textContent({ timeout: 5_000 }))?.trim() ?? "";
  if (!receipt) throw new Error(`${surveyId}: no receipt code on the page after sending (${page.url()})`);
  await audit(`${surveyId} confirmation page`);
  await onPage?.(page, { kind: "confirmation", answered });
  return { receipt, answered, pagesAudited };
}
