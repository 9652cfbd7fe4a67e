import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import type { Survey } from "./survey-schema";

/**
 * Flesch-Kincaid grade of some English texts, each split into sentences at . ? ! (a heading or a
 * question without a full stop counts as one sentence). Syllables are counted by `syllable`
 * (wooorm, with its exception lists), the formula is `flesch-kincaid`, both well kept.
 */
export function fleschKincaidGrade(texts: readonly string[]): number {
  const sentences = texts.flatMap((t) => t.split(/[.?!]+(?:\s+|$)/)).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.match(/[a-z][a-z'’-]*/gi) ?? []);
  if (words.length === 0) return 0;
  return fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  });
}

/**
 * The prose a respondent reads in a survey: title, intro, each question and its hint. Answer labels
 * are left out: they are short phrases, and counting each as a sentence would flatter the grade.
 */
export function surveyReadingText(survey: Survey): string[] {
  return [survey.title, survey.intro, ...survey.questions.flatMap((q) => [q.title, q.hint ?? ""])];
}
