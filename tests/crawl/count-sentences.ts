import { type Locale, locales, pluralTemplates, resourcesOf } from "../../server/i18n/i18n";
import { templateMatcher } from "./published-numbers";

/** A string deep in a locale's resources, by dotted key. */
function raw(locale: Locale, key: string): string {
  let node: unknown = resourcesOf(locale);
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No string ${key} in ${locale}`);
  return node;
}

/**
 * The sentences that carry a count in running text, as regexes capturing the count, built from the
 * real translations (every plural form): the children's "12 people answered." and the board report's
 * "Big fall in voices from …: 40 last period, 12 this period". Any other number in running text
 * (dates, versions, "aged 8 to 12", k) is not a count and is not read.
 */
export function countSentences(locale: string): RegExp[] {
  const lng = (locales as readonly string[]).includes(locale) ? (locale as Locale) : "en";
  const plural = ["ysd.child.tookPart", "ysd.child.saidBy"].flatMap((key) =>
    Object.values(pluralTemplates(lng, key)).map((form) => templateMatcher(form, ["count"])),
  );
  return [
    ...plural,
    templateMatcher(raw(lng, "ws.report.exceptions.voicesDropped"), ["previous", "current"]),
  ];
}

/** The language a page is in, from `<html lang>`. */
export const pageLocale = (html: string) => /<html[^>]*\slang="([a-z]{2})/i.exec(html)?.[1] ?? "en";
