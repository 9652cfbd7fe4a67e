import i18next, { type TFunction } from "i18next";
import en from "./locales/en.json" with { type: "json" };

/** Locales the interface is written in; the first is the fallback. */
export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];

/** Text direction for a locale, for `<html dir>`. */
export function directionOf(_locale: Locale): "ltr" | "rtl" {
  return "ltr";
}

// One shared instance, initialised synchronously with bundled resources: no fs, no network,
// so it works the same on Node and on Workers.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...locales],
  initAsync: false,
  interpolation: { escapeValue: false }, // Preact escapes when it renders
  returnNull: false,
});

/** A translate function bound to one locale. */
export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;

/**
 * The raw plural forms of `key` in a locale (`{ one: "…{{count}}…", other: "…" }`), for browser
 * code that picks a form with Intl.PluralRules instead of carrying i18next.
 */
export function pluralTemplates(
  locale: Locale,
  key: string,
): Partial<Record<(typeof PLURAL_CATEGORIES)[number], string>> {
  const forms: Partial<Record<(typeof PLURAL_CATEGORIES)[number], string>> = {};
  for (const category of PLURAL_CATEGORIES) {
    const form =
      instance.getResource(locale, "translation", `${key}_${category}`) ??
      instance.getResource("en", "translation", `${key}_${category}`);
    if (typeof form === "string") forms[category] = form;
  }
  return forms;
}
