import type { Framework } from "./framework-schema";
import type { Survey } from "./survey-schema";

/** A survey's translatable text as flat keys (`questions.<id>.options.<value>`), ids never contain dots. */
export type SurveyStrings = Record<string, string>;

/** Every piece of text a respondent reads in a survey, keyed for translation files. */
export function surveyStrings(survey: Survey): SurveyStrings {
  const strings: SurveyStrings = { title: survey.title, intro: survey.intro };
  for (const q of survey.questions) {
    strings[`questions.${q.id}.title`] = q.title;
    if (q.hint) strings[`questions.${q.id}.hint`] = q.hint;
    if ("options" in q) for (const o of q.options) strings[`questions.${q.id}.options.${o.value}`] = o.label;
  }
  return strings;
}

/**
 * The survey with its text in another language. A missing string falls back to English rather than
 * leaving a hole on the page (a test makes sure no bundled locale misses one).
 */
export function localiseSurvey(survey: Survey, strings: SurveyStrings | undefined): Survey {
  if (!strings) return survey;
  const pick = (key: string, english: string) => strings[key] ?? english;
  return {
    ...survey,
    title: pick("title", survey.title),
    intro: pick("intro", survey.intro),
    questions: survey.questions.map((q) => {
      const base = { ...q, title: pick(`questions.${q.id}.title`, q.title) };
      if (q.hint) base.hint = pick(`questions.${q.id}.hint`, q.hint);
      if (!("options" in q)) return base;
      return {
        ...base,
        options: q.options.map((o) => ({
          ...o,
          label: pick(`questions.${q.id}.options.${o.value}`, o.label),
        })),
      } as typeof q;
    }),
  };
}

/** The place labels respondents read, keyed `places.<id>`. */
export function frameworkStrings(framework: Pick<Framework, "places">): SurveyStrings {
  return Object.fromEntries(framework.places.map((p) => [`places.${p.id}`, p.label]));
}
