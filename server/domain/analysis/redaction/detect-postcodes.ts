import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";

// Every UK postcode area (the letters that start a postcode).
const AREAS = new Set(
  (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX " +
    "FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG " +
    "NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS " +
    "TW UB W WA WC WD WF WN WR WS WV YO ZE"
  ).split(" "),
);
// Outward codes that are famous as something else: a footballer, a railway, chemistry, a robot, text-speak.
const NOT_POSTCODES = new Set(["CR7", "HS2", "CO2", "SO2", "WD40", "BB8", "SK8"]);

// Full postcode in any case and spacing ("DN15 6XX", "dn156xx"); the inward letters never use C I K M O V,
// which keeps "b4 5pm" out.
const FULL =
  /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d[A-Za-z\d]?)[ \t]*(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/gu;
// Outward code alone ("DN16"): in capitals for two-letter areas, or after "postcode"/"in"/"from" in any case.
const OUTWARD = /(?<![\p{L}\p{N}])([A-Z]{2})(\d{1,2}[A-Z]?)(?![\p{L}\p{N}])/gu;
const CUED_OUTWARD =
  /(?<![\p{L}])(?:(post\s?code|p\/?c|kod\s+pocztowy|cod\s+po[șşs]tal|pa[šs]to\s+kodas|pasta\s+indekss)\s*(?:is|was|:|=|-|to|yra|ir|este|e)?|in|from|at|near|round|around|w|z|în|din|į|iš)\s+([A-Za-z]{1,2})(\d{1,2}[A-Za-z]?)(?![\p{L}\p{N}])/giu;

/** UK postcodes, full ("SW1A 1AA", "dn156xx") and outward codes where clearly meant ("in DN16", "postcode: m1"). */
export function detectPostcodes(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of execAll(FULL, text)) {
    if (AREAS.has((m[1] ?? "").toUpperCase()))
      spans.push({ type: "postcode", start: m.index, end: m.index + m[0].length });
  }
  for (const m of execAll(OUTWARD, text)) {
    if (AREAS.has(m[1] ?? "") && !NOT_POSTCODES.has(m[0])) {
      spans.push({ type: "postcode", start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of execAll(CUED_OUTWARD, text)) {
    const [whole, postcodeWord, area = "", district = ""] = m;
    // After "in"/"from" only a two-letter area counts ("in dn16", not "in m1" traffic).
    if (!AREAS.has(area.toUpperCase()) || (!postcodeWord && area.length < 2)) continue;
    if (NOT_POSTCODES.has((area + district).toUpperCase())) continue;
    const end = m.index + whole.length;
    spans.push({ type: "postcode", start: end - area.length - district.length, end });
  }
  return spans;
}
