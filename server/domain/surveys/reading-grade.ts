import type { Survey } from "./survey-schema";

/** Syllables by vowel groups, dropping a silent final "e"; rough, but stable enough to track a survey's level. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return w ? 1 : 0;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Flesch-Kincaid grade level of some texts; titles and labels count as sentences of their own. */
export function fleschKincaidGrade(texts: readonly string[]): number {
  const sentences = texts.flatMap((t) => t.split(/[.?!:]+\s*/)).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.match(/[a-z']+/gi) ?? []);
  if (words.length === 0) return 0;
  const totalSyllables = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (totalSyllables / words.length) - 15.59;
}

/** Everything a respondent reads in a survey: title, intro, questions, hints and option labels. */
export function surveyReadingText(survey: Survey): string[] {
  return [
    survey.title,
    survey.intro,
    ...survey.questions.flatMap((q) => [
      q.title,
      q.hint ?? "",
      ...("options" in q ? q.options.map((o) => o.label) : []),
    ]),
  ];
}
