import type { Framework } from "../domain/surveys/framework-schema";
import type { Survey } from "../domain/surveys/survey-schema";
import { localiseSurvey } from "../domain/surveys/survey-strings";
import { bundledSurveys, framework, getSurvey } from "./bundled-surveys";
import { FRAMEWORK_TRANSLATIONS, SURVEY_TRANSLATIONS } from "./survey-translations";

const surveys = new Map<string, Survey>();
const places = new Map<string, Pick<Framework, "places">>();

/** A bundled survey with its text in `locale` (English when there is no translation), built once. */
export function surveyIn(id: string, locale: string): Survey | undefined {
  const english = getSurvey(id);
  if (!english || locale === "en") return english;
  const key = `${locale}:${id}`;
  let localised = surveys.get(key);
  if (!localised) {
    localised = localiseSurvey(english, SURVEY_TRANSLATIONS[locale]?.[id]);
    surveys.set(key, localised);
  }
  return localised;
}

/** Every bundled survey in `locale`, in listing order. */
export function surveysIn(locale: string): Survey[] {
  return bundledSurveys.map((s) => surveyIn(s.id, locale) ?? s);
}

/** The framework's places with their names in `locale`, for places questions. */
export function placesIn(locale: string): Pick<Framework, "places"> {
  let localised = places.get(locale);
  if (!localised) {
    const strings = FRAMEWORK_TRANSLATIONS[locale] ?? {};
    localised = {
      places: framework.places.map((p) => ({ ...p, label: strings[`places.${p.id}`] ?? p.label })),
    };
    places.set(locale, localised);
  }
  return localised;
}
