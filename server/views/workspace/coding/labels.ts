import type { TFunction } from "i18next";
import { LANGUAGE_NAMES, type Locale } from "../../../i18n/i18n";
import { surveyIn } from "../../../surveys/localised-surveys";

/** How officers' pages name the strategy's ids, surveys and days, in the officer's language. */
export type Labels = {
  survey(id: string): string;
  question(surveyId: string, questionId: string): string;
  audience(id: string): string;
  outcome(id: string): string;
  harm(id: string): string;
  language(code: string): string;
  day(iso: string): string;
  number(value: number): string;
  quarter(period: string, from: string, to: string): string;
};

/** Labels for one officer's locale. Unknown ids (an old survey, say) show as themselves. */
export function labelsFor(t: TFunction, locale: Locale): Labels {
  // Plain "en" formats days the American way; officers here read British English.
  const intlLocale = locale === "en" ? "en-GB" : locale;
  const days = new Intl.DateTimeFormat(intlLocale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const numbers = new Intl.NumberFormat(intlLocale);
  const day = (iso: string) => days.format(new Date(`${iso}T00:00:00Z`));
  return {
    survey: (id) => surveyIn(id, locale)?.title ?? id,
    question: (surveyId, questionId) =>
      surveyIn(surveyId, locale)?.questions.find((q) => q.id === questionId)?.title ?? questionId,
    audience: (id) => t(`audience.${id}`, { defaultValue: id }),
    // Outcome ids hold a dot (`prepare.voice`), which is also i18next's key separator: nested keys.
    outcome: (id) => t(`ws.coding.outcomes.${id}`, { defaultValue: id }),
    harm: (id) => t(`ws.coding.harms.${id}`, { defaultValue: id }),
    language: (code) => LANGUAGE_NAMES[code] ?? code,
    day,
    number: (value) => numbers.format(value),
    quarter: (period, from, to) =>
      t("ws.coding.period.quarter", {
        quarter: period.slice(5),
        year: period.slice(0, 4),
        from: day(from),
        to: day(to),
      }),
  };
}
