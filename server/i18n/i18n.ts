import i18next, { type TFunction } from "i18next";
import bn from "./locales/bn.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import lt from "./locales/lt.json" with { type: "json" };
import lv from "./locales/lv.json" with { type: "json" };
import pl from "./locales/pl.json" with { type: "json" };
import ro from "./locales/ro.json" with { type: "json" };
import { PUBLIC_AREA_STRINGS, WORKSPACE_STRINGS } from "./workspace-strings";

/** Locales the interface and surveys are written in; the first is the default. */
export const locales = ["en", "pl", "lt", "lv", "ro", "bn"] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, for the language switcher (the same on every page). */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  pl: "Polski",
  lt: "Lietuvių",
  lv: "Latviešu",
  ro: "Română",
  bn: "বাংলা",
};

/** Text direction for a locale, for `<html dir>`. */
export function directionOf(_locale: Locale): "ltr" | "rtl" {
  return "ltr";
}

const RESOURCES = {
  en: { translation: { ...en, ...PUBLIC_AREA_STRINGS.en, ws: WORKSPACE_STRINGS.en } },
  pl: { translation: { ...pl, ...PUBLIC_AREA_STRINGS.pl, ws: WORKSPACE_STRINGS.pl } },
  lt: { translation: { ...lt, ...PUBLIC_AREA_STRINGS.lt, ws: WORKSPACE_STRINGS.lt } },
  lv: { translation: { ...lv, ...PUBLIC_AREA_STRINGS.lv, ws: WORKSPACE_STRINGS.lv } },
  ro: { translation: { ...ro, ...PUBLIC_AREA_STRINGS.ro, ws: WORKSPACE_STRINGS.ro } },
  bn: { translation: { ...bn, ...PUBLIC_AREA_STRINGS.bn, ws: WORKSPACE_STRINGS.bn } },
} satisfies Record<Locale, { translation: object }>;

/** The raw strings of one locale, for the completeness test. */
export function resourcesOf(locale: Locale): object {
  return RESOURCES[locale].translation;
}

// One shared instance, initialised synchronously with bundled resources: no fs, no network,
// so it works the same on Node and on Workers.
const instance = i18next.createInstance();
void instance.init({
  resources: RESOURCES,
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
