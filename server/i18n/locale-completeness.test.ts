import { describe, expect, it } from "vitest";
import { frameworkStrings, surveyStrings } from "../domain/surveys/survey-strings";
import { bundledSurveys, framework } from "../surveys/bundled-surveys";
import { FRAMEWORK_TRANSLATIONS, SURVEY_TRANSLATIONS } from "../surveys/survey-translations";
import { locales, resourcesOf } from "./i18n";

type Tree = { [key: string]: string | string[] | Tree };

/** Flattens nested keys; plural keys (`x_one`, `x_other`) collapse to `x#plural`. */
function flatten(tree: Tree, prefix = ""): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string | string[]) =>
  [
    ...[text]
      .flat()
      .join(" ")
      .matchAll(/\{\{(\w+)\}\}/g),
  ]
    .map((m) => m[1])
    .sort();

describe("every locale has every interface string", () => {
  const english = flatten(resourcesOf("en") as Tree);
  const singular = [...english.keys()].filter((k) => !PLURAL.test(k));
  const plural = [
    ...new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ""))),
  ];

  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: same keys, every plural form the language needs, same placeholders, same list lengths`, () => {
      const strings = flatten(resourcesOf(locale) as Tree);
      expect(singular.filter((k) => !strings.has(k))).toEqual([]);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const missingPlurals = plural.flatMap((k) =>
        categories.filter((c) => !strings.has(`${k}_${c}`)).map((c) => `${k}_${c}`),
      );
      expect(missingPlurals).toEqual([]);
      for (const key of singular) {
        const en = english.get(key) ?? "";
        const theirs = strings.get(key) ?? "";
        expect(placeholders(theirs), `${locale} ${key}`).toEqual(placeholders(en));
        if (Array.isArray(en)) expect((theirs as string[]).length, `${locale} ${key}`).toBe(en.length);
        expect(String(theirs).trim().length, `${locale} ${key} is empty`).toBeGreaterThan(0);
      }
      const extra = [...strings.keys()].filter((k) => !PLURAL.test(k) && !english.has(k));
      expect(extra).toEqual([]);
    });
  }
});

describe("every locale has every survey string", () => {
  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: every survey's title, intro, questions, hints and options, and every place`, () => {
      for (const survey of bundledSurveys) {
        const translated = SURVEY_TRANSLATIONS[locale]?.[survey.id] ?? {};
        expect(Object.keys(translated).sort(), `${locale}/${survey.id}`).toEqual(
          Object.keys(surveyStrings(survey)).sort(),
        );
        for (const [key, text] of Object.entries(translated))
          expect(text.trim(), `${locale}/${survey.id} ${key}`).not.toBe("");
      }
      expect(Object.keys(FRAMEWORK_TRANSLATIONS[locale] ?? {}).sort()).toEqual(
        Object.keys(frameworkStrings(framework)).sort(),
      );
    });
  }
});
