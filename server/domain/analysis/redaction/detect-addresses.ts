import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import { AFTER_NUMBER, detectStreetNames } from "./detect-street-names";
import { isFunctionWord } from "./function-words";
import { STREET_WORDS_ANY_CASE, STREET_WORDS_CAPITALISED } from "./place-words";

const STREET = `(?:${[...STREET_WORDS_ANY_CASE, ...STREET_WORDS_CAPITALISED].join("|")})`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’-]*`;
const UNIT = String.raw`(?:(?:flat|apartment|apt|unit|room)\s*(?:no\.?\s*)?\d{1,4}[a-z]?\s*,?\s*)?`;
const NUMBER = String.raw`(?:(?:number|no\.?|num|nr\.?)\s*)?\d{1,4}[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?`;
// "12 Ashby Road", "flat 3, 45 Oswald rd", "number 7 st john's close".
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}:.,£$€])${UNIT}${NUMBER}\s*,?\s+((?:${WORD}\.?\s+){1,3}?)(${STREET})(?![\p{L}\p{N}])`,
  "giu",
);
// "I live on Frodingham Road", "mieszkam na Ashby Road", "locuiesc pe Oswald Road".
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:live|liv|lives|living|lived|stay|stays|staying|stayed|i['’]?m|moved|house\s+is|flat\s+is)\s+(?:on|at|in|to|off)|mieszkam\s+(?:na|przy|w)|locuiesc\s+(?:pe|în|in|la)|stau\s+pe|gyvenu|dz[īi]voju)\s+(?:the\s+|ul\.\s*|ulicy\s+|strada\s+|str\.\s*)?((?:${WORD}\s+){1,3}?)(${STREET})(?![\p{L}\p{N}])${AFTER_NUMBER}`,
  "giu",
);
// "my address is ...", "my addy: ...", "mój adres to ...": the rest of the clause, if it looks like an address.
const STATED =
  /(?<![\p{L}])(?:(?:my|our|his|her|their|me|ma|mój|moj|mano|mana)\s+(?:home\s+)?(?:address|adress|addres|addy|addr|adres|adresas|adrese)|adresa\s+mea|(?:আমার\s+)?ঠিকানা)\s*(?:is|was|:|=|-|to|yra|ir|este|e|হল|হলো)?\s*([^.!?\n]{3,80}?)(?=\s*[.!?\n]|\s+(?:and|but|so|because|cos|if|ale|bet|dar|un|ir)\s|$)/giu;
// After the number: words that count things rather than name a street ("3 people on the road").
const COUNTED = new Set(
  "people boys girls men lads kids of minutes mins min seconds hours hrs days weeks months years yrs times miles metres meters way lane houses cars more".split(
    " ",
  ),
);
const ANY_CASE = new Set(STREET_WORDS_ANY_CASE);
const ANY_CASE_STREET = new RegExp(`\\b(?:${STREET_WORDS_ANY_CASE.join("|")})\\b`, "i");

/** Street addresses: house number and street ("12 Ashby Road"), a street after "I live on", or a stated address. */
export function detectAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const [pattern, numbered] of [
    [NUMBERED, true],
    [CUED, false],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [whole, nameWords = "", street = ""] = m;
      // "in 2019 Ashby Road flooded": a year, not a house.
      const year = numbered && /^\D*(?:19|20)\d\d\s/u.test(whole);
      if (year || !isStreet(nameWords.trim().split(/\s+/u), street, numbered)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + whole.length;
      spans.push({
        type: "address",
        start: numbered ? m.index : m.index + whole.lastIndexOf(nameWords + street),
        end,
      });
    }
  }
  spans.push(...detectStreetNames(text));
  // A stated address is the fallback for what the street patterns miss ("my address is flat 2 Oak House").
  const patterned = spans.length;
  for (const m of execAll(STATED, text)) {
    const value = m[1] ?? "";
    const end = m.index + m[0].length;
    const start = end - value.length;
    if (!/\d/.test(value) && !ANY_CASE_STREET.test(value)) continue;
    if (spans.slice(0, patterned).some((s) => s.start < end && start < s.end)) continue;
    spans.push({ type: "address", start, end });
  }
  return spans;
}

function isStreet(words: string[], street: string, numbered: boolean): boolean {
  const first = words[0] ?? "";
  if (numbered && COUNTED.has(first.toLowerCase())) return false;
  // "The Grove" is a street; "the" anywhere else is a sentence running on.
  const the = first.toLowerCase() === "the";
  if (the && words.length === 1) return /^\p{Lu}/u.test(street) || ANY_CASE.has(street.toLowerCase());
  const named = first === "The" ? words.slice(1) : words;
  // A capitalised word is part of the name ("Old Brumby Street"); a lower-case function word is the
  // sentence running on ("3 people on the road").
  const runsOn = (w: string) => isFunctionWord(w.replace(/\.$/, "")) && !/^\p{Lu}/u.test(w);
  if (named.length === 0 || named.some(runsOn)) return false;
  if (ANY_CASE.has(street.toLowerCase())) return true;
  return /^\p{Lu}/u.test(street) || named.every((w) => /^\p{Lu}/u.test(w));
}
