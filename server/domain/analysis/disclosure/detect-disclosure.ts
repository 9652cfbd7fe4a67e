import {
  type AnalysisLocale,
  DISCLOSURE_CATEGORIES,
  type Disclosure,
  type DisclosureCategory,
} from "../analysis-types";
import { compileLexicons, findHits, type Hit, type PreparedText, prepareText } from "./find-hits";
import { DISCLOSURE_LEXICONS } from "./lexicons";

const rules = compileLexicons(DISCLOSURE_LEXICONS);

/** One candidate disclosure hit, with why it did or did not count (for officers and tests). */
export type DisclosureHit = Hit<DisclosureCategory>;

/**
 * Every candidate hit in a text, including those discarded as negated or educational. All lexicons
 * run whatever the locale: the hint cannot be trusted to cover a text that mixes languages, and the
 * lexicons barely collide. The locale is kept in the signature for callers and future weighting.
 */
export function explainDisclosure(
  text: string,
  _locale: AnalysisLocale = "en",
  prepared?: PreparedText,
): DisclosureHit[] {
  return findHits(prepared ?? prepareText(text), rules);
}

/** The verdict from a text's candidate hits: flagged when any hit counts, with its categories. */
export function disclosureOf(hits: readonly DisclosureHit[]): Disclosure {
  const flagged = new Set(hits.filter((h) => h.status === "flagged").map((h) => h.category));
  const categories = DISCLOSURE_CATEGORIES.filter((c) => flagged.has(c));
  return { flag: categories.length > 0, categories };
}

/** Whether free text may disclose harm, and what kinds (recall first: when unsure, it flags). */
export function detectDisclosure(text: string, locale: AnalysisLocale = "en"): Disclosure {
  return disclosureOf(explainDisclosure(text, locale));
}
