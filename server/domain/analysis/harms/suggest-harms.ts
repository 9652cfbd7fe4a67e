import { type AnalysisLocale, type DisclosureCategory, HARM_IDS, type HarmId } from "../analysis-types";
import { type DisclosureHit, explainDisclosure } from "../disclosure/detect-disclosure";
import { compileLexicons, findHits, type PreparedText, prepareText } from "../disclosure/find-hits";
import { harmsForDisclosure, readSetting } from "./disclosure-harms";
import { HARM_LEXICONS } from "./harm-lexicons";

const rules = compileLexicons(HARM_LEXICONS);

/** Disclosure categories whose arrival by message or platform makes them online abuse too. */
const ONLINE_WHEN_MESSAGED: ReadonlySet<DisclosureCategory> = new Set([
  "immediate-danger",
  "physical-abuse",
  "sexual-abuse",
  "sexual-exploitation",
  "violence-weapons",
  "sextortion-image-abuse",
]);

/** Categories whose harm depends on who did it, so a denial ("nobody has hurt me") names no harm. */
const ACTOR_DEPENDENT: ReadonlySet<DisclosureCategory> = new Set(["physical-abuse", "sexual-abuse"]);

/**
 * Framework harm ids a text is about, in framework order. Two sources: harm-topic words ("knife crime",
 * "bullied", "strangers message you on Roblox") and disclosures (criminal exploitation is cce, and so
 * on: disclosure-harms.ts). Decision on context: harms say what an answer is ABOUT, so an educational
 * mention ("the lesson about county lines" is about cce) and a negated one ("my children have never
 * been bullied, the school deals with it quickly" is about bullying) both still suggest the topic;
 * only the safeguarding flag (detect-disclosure.ts) discards them. Relationship abuse, county lines
 * and radicalisation met through an app are not online abuse as well (the app is incidental).
 * All locales' lexicons run, whatever the hint, as for disclosures.
 */
export function suggestHarms(text: string, locale: AnalysisLocale = "en"): HarmId[] {
  const prepared = prepareText(text);
  return harmsOf(prepared, explainDisclosure(text, locale, prepared));
}

/**
 * `suggestHarms` for a text already prepared and scanned for disclosures, so a caller that needs both
 * the disclosure verdict and the harms (analyseText) scans the text with the large disclosure
 * lexicons once rather than twice.
 */
export function harmsOf(prepared: PreparedText, disclosures: readonly DisclosureHit[]): HarmId[] {
  const found = new Set<HarmId>(findHits(prepared, rules).map((hit) => hit.category));
  if (disclosures.length > 0) {
    const setting = readSetting(prepared.folded.text);
    const categories = new Set(disclosures.map((h) => h.category));
    const flagged = disclosures.filter((h) => h.status === "flagged");
    if (setting.messaged && flagged.some((h) => ONLINE_WHEN_MESSAGED.has(h.category)))
      found.add("online-abuse");
    // A denial that anyone hurt or touched the writer is about no harm; a denied topic still is one.
    const counted = disclosures.filter((h) => h.status !== "negated" || !ACTOR_DEPENDENT.has(h.category));
    for (const hit of counted) {
      const facts = { flagged: hit.status === "flagged", categories };
      for (const harm of harmsForDisclosure(hit.category, setting, facts)) found.add(harm);
    }
  }
  return HARM_IDS.filter((id) => found.has(id));
}
