import { answerKind } from "../surveys/answer-kind";
import type { Answers } from "../surveys/answer-schema";
import { bundledFramework } from "../surveys/bundled-framework";
import { choiceOptions } from "../surveys/choice-options";
import { RESERVED_OPTION_VALUES } from "../surveys/reserved-options";
import { isQuestionVisible } from "../surveys/show-if";
import type { Question, Survey } from "../surveys/survey-schema";
import { type Prng, prng, seedOf } from "./prng";
import type { SyntheticText, Voice } from "./synthetic-text";
import { pickText, varied } from "./texts";

/** Who answers each survey, as far as the tone of their free text goes. */
const VOICE: Record<string, Voice> = {
  "feeling-safe": "child",
  "staying-safe": "young",
  "help-you-got": "young",
  "moving-on": "young",
  "parents-carers": "adult",
  "quick-feedback": "adult",
};

/** How often each free-text question is answered (most people skip free text). */
const TEXT_RATE: Record<string, number> = {
  "feeling-safe.what-makes-it-unsafe": 0.5,
  "feeling-safe.anything-else": 0.15,
  "staying-safe.anything-else": 0.3,
  "help-you-got.could-be-better": 0.45,
  "moving-on.one-change": 0.6,
  "parents-carers.what-worked": 0.35,
  "parents-carers.what-didnt-work": 0.35,
  "quick-feedback.one-thing": 0.4,
};
const HELP_QUESTIONS = new Set([
  "help-you-got.could-be-better",
  "moving-on.one-change",
  "parents-carers.what-worked",
  "parents-carers.what-didnt-work",
]);

// Ordered scales run from the worst answer to the best. Most children feel fairly safe at school and
// less so in the park; young adults say planning for 18 went least well.
const SCALE_WEIGHTS: Record<string, number[]> = {
  "feeling-safe.safe-at-school": [3, 7, 25, 35, 30],
  "feeling-safe.safe-at-park": [9, 18, 30, 27, 16],
  "feeling-safe.safe-on-way-to-school": [5, 12, 28, 33, 22],
  "staying-safe.safe-in-area": [7, 18, 30, 30, 15],
  "moving-on.planning-for-18": [15, 25, 30, 20, 10],
  "parents-carers.confident-spotting-signs": [10, 25, 35, 22, 8],
  "quick-feedback.session-rating": [5, 30, 65],
};
const DEFAULT_SCALE: Record<number, number[]> = { 3: [10, 30, 60], 5: [6, 14, 30, 30, 20] };
const DARK_MONTHS = new Set([1, 2, 10, 11, 12]);
/** Answers that mean "none of these": chosen alone. */
const ALONE = new Set([...RESERVED_OPTION_VALUES, "none", "nothing", "no-one"]);

export type AnswerContext = { rand: Prng; locale: string; month: number; disclosure?: string };
/** A survey's answers, and the synthetic text behind each free-text answer (for coding). */
export type DemoAnswers = { answers: Answers; texts: Record<string, SyntheticText | "disclosure"> };

/** Each question's own fixed liking for its options, so every question has a different shape. */
function optionWeights(key: string, values: readonly string[]): number[] {
  const own = prng(seedOf(key));
  return values.map((v) => (RESERVED_OPTION_VALUES.includes(v) ? 0.15 : 0.5 + own.next() * 3));
}

function scaleAnswer(rand: Prng, key: string, values: string[], month: number): string {
  const weights = [...(SCALE_WEIGHTS[key] ?? DEFAULT_SCALE[values.length] ?? values.map(() => 1))];
  // Dark evenings make the park and the way home feel less safe.
  if (DARK_MONTHS.has(month) && /park|area|way-to/.test(key)) {
    weights[0] = (weights[0] ?? 1) * 1.5;
    weights[1] = (weights[1] ?? 1) * 1.4;
  }
  return values[rand.weighted(weights)] as string;
}

function manyAnswer(rand: Prng, key: string, question: Question, values: string[]): string[] {
  const alone = values.filter((v) => ALONE.has(v) && !RESERVED_OPTION_VALUES.includes(v));
  if (alone.length > 0 && rand.chance(0.12)) return [rand.pick(alone)];
  const open = values.filter((v) => !ALONE.has(v));
  const max = question.type === "top-three" ? 3 : question.type === "multi" ? (question.maxChoices ?? 3) : 4;
  const want = Math.min(max, open.length, 1 + rand.weighted([45, 30, 17, 8]));
  const weights = optionWeights(key, open);
  const chosen = new Set<string>();
  while (chosen.size < want) chosen.add(open[rand.weighted(weights)] as string);
  return [...chosen];
}

function oneAnswer(rand: Prng, key: string, question: Question, values: string[], month: number): string {
  if (question.type === "emoji-scale" || question.type === "scale") {
    const ordered = values.filter((v) => !RESERVED_OPTION_VALUES.includes(v));
    if (ordered.length < values.length && rand.chance(0.04)) return rand.pick(values.slice(ordered.length));
    return scaleAnswer(rand, key, ordered, month);
  }
  if (question.type === "yes-no-unsure") {
    const liking: Record<string, number> = { yes: 55, no: 25, unsure: 20 };
    return values[rand.weighted(values.map((v) => liking[v] ?? 2))] as string;
  }
  return values[rand.weighted(optionWeights(key, values))] as string;
}

/**
 * Plausible answers to every question a respondent would be shown (respecting `showIf`), skipping
 * some as people do; free text is synthetic, in the response's language. A planned disclosure goes
 * in the first free-text question, so the real analysis raises it for the safeguarding lead.
 */
export function demoAnswers(survey: Survey, context: AnswerContext): DemoAnswers {
  const { rand, locale, month } = context;
  const answers: Answers = {};
  const texts: DemoAnswers["texts"] = {};
  let disclosure = context.disclosure;
  for (const question of survey.questions) {
    if (!isQuestionVisible(question, answers)) continue;
    const key = `${survey.id}.${question.id}`;
    if (answerKind(question) === "text") {
      if (disclosure) {
        answers[question.id] = disclosure;
        texts[question.id] = "disclosure";
        disclosure = undefined;
        continue;
      }
      if (!rand.chance(TEXT_RATE[key] ?? 0.2)) continue;
      const voice = VOICE[survey.id] ?? "adult";
      const text = pickText(rand, { locale, voice, aboutHelp: HELP_QUESTIONS.has(key), month });
      answers[question.id] = varied(rand, text.text, voice);
      texts[question.id] = text;
      continue;
    }
    if (!rand.chance(0.92)) continue;
    const values = choiceOptions(question, bundledFramework).map((o) => o.value);
    if (values.length === 0) continue;
    answers[question.id] =
      answerKind(question) === "many"
        ? manyAnswer(rand, key, question, values)
        : oneAnswer(rand, key, question, values, month);
  }
  return { answers, texts };
}
