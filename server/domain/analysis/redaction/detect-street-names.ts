import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import { isFunctionWord } from "./function-words";
import { isSentenceStart } from "./text-scan";

// Named streets with no house number before them, in the area's languages:
//   "the chippy on Tallow Street", "by Foxglove Lane", "Kestrel Avenue এর ইয়ুথ ক্লাব"
//   Polish/continental order with the number after: "przy Wrenfield Crescent 5", "ul. Kwiatowa 12"
//   Lithuanian "Gedimino gatvė 5" / "g. 5", Latvian "Brīvības iela 5", Romanian "strada Florilor nr. 5"
//   Bangla loan words: "কেস্ট্রেল রোড".

const CAP = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*['’]?`;
const L = String.raw`[\p{L}\p{M}\p{N}]`;
// A house number after the street ("Crescent 5", "gatvė 12-4", "nr. 7"), not a time or a count.
export const AFTER_NUMBER = String.raw`(?:\s*,?\s*(?:nr\.?|no\.?|numărul|numarul)?\s*\d{1,3}[a-zA-Z]?(?:\s?[-/]\s?\d{1,3}[a-zA-Z]?)?(?![\p{L}\p{N}]|[.:,]\d|\s+(?:people|times|minutes|mins|min|hours|days|years|yrs|of|men|boys|girls|lads|kids)\b))?`;

/** Street words trusted capitalised after a capitalised name, with no number or cue. */
const STREET_TYPES =
  "Road Street Avenue Lane Drive Crescent Close Terrace Gardens Grove Mews Way Court Walk Row Place Square Rise Parade Boulevard Wharf Yard Croft Chase Meadows Villas Garth Grange Approach".split(
    " ",
  );
// At the start of a sentence "Stay Close" or "No Way" read as words; only the plainest street types count there.
const SENTENCE_START_TYPES = new Set(
  "Road Street Avenue Lane Crescent Terrace Gardens Grove Mews".split(" "),
);

// Towns, districts and generic names: a road named after them is a main road everyone uses
// ("Ashby Road", "Frodingham Road", "Ashby High Street"), not where someone lives. "I live on ..." still counts.
const LANDMARK_WORDS = new Set(
  (
    "scunthorpe ashby brumby frodingham crosby bottesford yaddlethorpe westcliff riddings berkeley kingsway brigg barton " +
    "barrow winterton epworth crowle kirton messingham broughton burringham gunness keadby haxey belton appleby ulceby " +
    "goxhill hibaldstow scawby wrawby normanby flixborough burton roxby whitton alkborough althorpe grimsby hull lincoln " +
    "doncaster sheffield leeds london cleethorpes immingham gainsborough high main central church station market town " +
    "city north south east west new old"
  ).split(" "),
);

const BARE = new RegExp(
  String.raw`(?<!${L})((?:${CAP}\s+){1,3})(${STREET_TYPES.join("|")})(?!${L})${AFTER_NUMBER}`,
  "gu",
);
// "ul. Kwiatowa 5", "ulicy Długiej 3", "strada Florilor nr. 5", "str. Mihai Eminescu 12", "aleea Rozelor".
const PREFIXED = new RegExp(
  String.raw`(?<!${L})(?i:ul\.|ulica|ulicy|ulicę|ulic[ąa]|al\.|aleja|alei|os\.|osiedle|osiedlu|strada|str\.|bulevardul|bd\.|b-dul|aleea|calea|[șş]oseaua|soseaua)\s*(?:${CAP}\s+){0,2}${CAP}(?!${L})${AFTER_NUMBER}`,
  "gu",
);
// "Gedimino gatvė 5", "Kestrel g. 5", "Brīvības ielā", "Wrenfield Crescent gatvėje".
const SUFFIXED = new RegExp(
  String.raw`(?<!${L})(?:${CAP}\s+){1,3}(?:gatv[ėe]|gatv[ėe]je|gatv[ėe]s|gatv[ęe]|g\.|prospektas|prospekte|al[ėe]ja|iela|iel[āa]|ielas|ielu|bulv[āa]ris|prospekts)(?!${L})${AFTER_NUMBER}`,
  "gu",
);
// Bangla: one or two words before a loan street word ("কেস্ট্রেল রোড", "১২ অ্যাশবি রোড").
const BANGLA =
  /(?:[\d০-৯]{1,3}\s+)?((?:[\u0980-\u09FF]+\s+){1,2})(?:রোড|স্ট্রিট|স্ট্রীট|লেন|এভিনিউ|অ্যাভিনিউ|ড্রাইভ|ক্লোজ|ক্রিসেন্ট|ওয়ে|ওয়ে|কোর্ট|সড়ক)(?:ে|এ|ের|র|েই)?(?![\u0980-\u09FF])/gu;

/** Streets named without a house number before them (see above); the number after, if any, is included. */
export function detectStreetNames(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const push = (start: number, end: number) => spans.push({ type: "address", start, end });
  for (const m of execAll(BARE, text)) {
    const [whole, nameWords = "", street = ""] = m;
    // "On Tallow Street", "The Grove": leading function words are not part of the name.
    const start = m.index + leadingFunctionWords(nameWords);
    const named = text
      .slice(start, m.index + nameWords.length)
      .trim()
      .split(/\s+/u);
    if (named[0] === "" || named.some((w) => LANDMARK_WORDS.has(w.toLowerCase()) || isFunctionWord(w)))
      continue;
    if (named.length === 1 && isSentenceStart(text, start) && !SENTENCE_START_TYPES.has(street)) continue;
    push(start, m.index + whole.length);
  }
  for (const m of execAll(PREFIXED, text)) push(m.index, m.index + m[0].length);
  for (const m of execAll(SUFFIXED, text)) {
    const skip = leadingFunctionWords(m[0]);
    if (/^\S+\s/u.test(m[0].slice(skip))) push(m.index + skip, m.index + m[0].length);
  }
  for (const m of execAll(BANGLA, text)) {
    const [whole, nameWords = ""] = m;
    const words = nameWords.trim().split(/\s+/u);
    const keep = words.filter((w, i) => i === words.length - 1 || !isFunctionWord(w));
    const name = keep.at(-1) ?? "";
    if (isFunctionWord(name) || name.length < 2) continue;
    const start = keep.length === words.length ? m.index : m.index + whole.indexOf(name);
    push(start, m.index + whole.length);
  }
  return spans;
}

// "Gyvename", "Dzīvojam", "Mieszkamy", "Locuim": "we live", capitalised at the start of a sentence.
const LIVE = /^(?:gyven\p{L}*|dz[īi]vo\p{L}*|mieszka\p{L}*|locui\p{L}*|stau|st[ăa]m|live[sd]?|living)$/iu;

// How many characters of leading function words ("On", "Gyvenu", "The") come before the name.
function leadingFunctionWords(words: string): number {
  let offset = 0;
  for (const m of execAll(/(\S+)(\s+)/gu, words)) {
    const word = (m[1] ?? "").replace(/['’]$/u, "");
    if (m.index !== offset || !(isFunctionWord(word) || LIVE.test(word))) break;
    offset += m[0].length;
  }
  return offset;
}
