import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import { isFunctionWord } from "./function-words";
import { isPlaceNoun, SCHOOL_WORDS } from "./place-words";
import { escapeRegExp } from "./text-scan";

const both = (words: string) =>
  words
    .split(" ")
    .map((w) => `${w}|${w.toUpperCase()}`)
    .join("|");
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
// A name word is not itself "School"/"Academy"/"College", so "Frederick Gough School and St Bede's Academy" is two.
const NAME_WORD = String.raw`(?!(?:School|Academy|College|SCHOOL|ACADEMY|COLLEGE)(?![\p{L}]))${CAP}`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:(?:of|the|and|&|upon|on|le)[ \t]+)?${NAME_WORD}){0,4}`;
const FAITH = String.raw`(?:[ \t]+(?:C[ \t]?of[ \t]?E|CofE|CE|C\.E\.|Church[ \t]+of[ \t]+England|Roman[ \t]+Catholic|Catholic|RC|Methodist|Community|Voluntary|Church|Free|Studio|Foundation|Specialist))*`;
const KIND = `(?:[ \\t]+(?:${both("Primary Junior Infant Infants High Secondary Grammar Nursery Middle Upper Special")}|primary|junior|infant|infants|high|secondary|Sixth[ \\t]+Form|SIXTH[ \\t]+FORM))?`;
// The school words may be lower case after a capitalised name ("Westcliffe primary"), but "High" is not
// a school in "Ashby High Street".
const END = `[ \\t]+(?:${both("School Academy College Primary Juniors Infants High")}|school|academy|college|primary|juniors|infants)(?![ \\t]+(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Drive|Dr)\\b)`;
// "Frederick Gough School", "St Bede's Catholic Academy", "Brumby Junior School", "Outwood Academy Brumby".
const CAPITALISED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME})${FAITH}(?:${KIND}${END}|${END})(?![\p{L}\p{N}])`,
  "gu",
);
// A capitalised word after "Academy" is the place part of a trust's school name ("Outwood Academy Brumby").
const PLACE_AFTER_ACADEMY = new RegExp(String.raw`^[ \t]+(${CAP})(?![\p{L}\p{N}])`, "u");
// "i go to brumby junior school", "at north lindsey college": after a verb or preposition, in lower case.
const LOWER_CASE =
  /(?<![\p{L}])(?:to|at|from|attend|attends|attended|attending|in)\s+((?:\p{Ll}[\p{L}\p{M}'’-]*\s+){1,3}?)(?:(?:c\s?of\s?e|catholic|church)\s+)?(?:(?:primary|junior|infant|infants|high|secondary|grammar)\s+)?(?:school|academy|college|primary|juniors|junior|infants|infant)(?![\p{L}\p{N}])/dgu;
// Words that make "X School" a kind of school, not a named one ("Big School", "Sunday School", "football academy").
const NOT_SCHOOL_NAMES = new Set(
  (
    "my our your his her their the a an this that new old big little local same different another other every no any " +
    "primary secondary junior junior's infant high grammar nursery middle upper sixth form special private state " +
    "boarding catholic community church faith free sunday summer holiday night forest home after before driving " +
    "dance drama football boxing swimming karate music art stage theatre police army cadet cadets youth film " +
    "i we he she they go went goes going at in to from near outside behind by and but so when then year " +
    "main normal real proper hospital pupil referral unit pru sixth-form special-needs " +
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow girls boys girls' boys' " +
    "nearest closest best worst good bad only first last next whole sports language dance weekend independent"
  ).split(" "),
);

/** School names: a capitalised name before School/Academy/College/Primary ("St Mary's Catholic Primary"), or listed ones. */
export function detectSchools(text: string, gazetteer: readonly string[] = []): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of execAll(CAPITALISED, text)) {
    const [whole, name = ""] = m;
    const lead = leadingNonNameLength(name);
    if (lead === undefined) continue;
    let end = m.index + whole.length;
    const after = /Academy|ACADEMY/.test(whole) ? PLACE_AFTER_ACADEMY.exec(text.slice(end, end + 60)) : null;
    if (after && !isFunctionWord(after[1] ?? "")) end += after[0].length;
    spans.push({ type: "school", start: m.index + lead, end });
  }
  for (const m of execAll(LOWER_CASE, text)) {
    const captured = m[1] ?? "";
    // "the grange primary school": a leading "the" is skipped, and something must be left.
    const lead = /^the\s+/u.exec(captured)?.[0].length ?? 0;
    const words = captured.slice(lead).trim().split(/\s+/u).filter(Boolean);
    if (words.length === 0 || words.some((w) => NOT_SCHOOL_NAMES.has(w) || isFunctionWord(w))) continue;
    spans.push({
      type: "school",
      start: (m.indices?.[1]?.[0] ?? m.index) + lead,
      end: m.index + m[0].length,
    });
  }
  const listed = gazetteerPattern(gazetteer);
  for (const m of listed ? execAll(listed, text) : []) {
    const end = m.index + m[0].length;
    // "Brumby Wood Lane", "Old Brumby Street": the school's name is also a place's. Only a word on
    // the same line can make it one ("...st lawrence academy\nChase me" is still the school), and
    // never after a school word ("St Lawrence Academy Chase" cannot be a street).
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? "";
    const named = ENDS_IN_SCHOOL_WORD.test(m[0]);
    if (!named && isPlaceNoun(next) && !SCHOOL_WORDS.includes(next.toLowerCase())) continue;
    spans.push({ type: "school", start: m.index, end });
  }
  return spans;
}

// Skips words at the front that only introduce the school ("At", "The", "My"); undefined if no name is left.
function leadingNonNameLength(name: string): number | undefined {
  const words = execAll(/\S+/gu, name);
  for (const w of words) {
    const lower = w[0].toLowerCase();
    if (lower === "our" && /^Our\s+Lady\b/iu.test(name.slice(w.index))) return w.index;
    if (!NOT_SCHOOL_NAMES.has(lower) && !isFunctionWord(lower)) return w.index;
  }
  return undefined;
}

// Not "high": "Brumby High Street" is a street.
const ENDS_IN_SCHOOL_WORD = /(?:school|academy|college|primary|juniors|infants)$/iu;

const compiled = new WeakMap<readonly string[], RegExp | undefined>();

function gazetteerPattern(gazetteer: readonly string[]): RegExp | undefined {
  if (gazetteer.length === 0) return undefined;
  if (compiled.has(gazetteer)) return compiled.get(gazetteer);
  const names = gazetteer
    .map((n) => n.trim())
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\s+/gu, "\\s+"));
  const tail = String.raw`(?:\s+(?:(?:c\s?of\s?e|catholic|church\s+of\s+england)\s+)?(?:(?:primary|junior|infant|infants|high|secondary|grammar)\s+)?(?:school|academy|college|primary|juniors|infants|high))?`;
  const pattern =
    names.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})${tail}(?![\\p{L}\\p{N}])`, "giu")
      : undefined;
  compiled.set(gazetteer, pattern);
  return pattern;
}
