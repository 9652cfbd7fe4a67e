// Folds text for matching: lower case, Latin diacritics stripped (NFKD), every symbol that is neither part
// of a word nor a clause or sentence mark turned into a space, runs of a repeated letter collapsed
// ("hiiits" -> "hits"), while remembering where each folded unit came from in the original. The small
// alphabet keeps the compiled lexicons small and fast: a separator is just spaces and quotes.

/** Folded text, and for each of its UTF-16 units the index in the original text it came from. */
export type NormalisedText = { text: string; origin: number[] };

/** After folding, the only characters that are not part of a word (as a regex class body). */
export const NON_WORD_CHARS = ' .!?\\n\\r,;:()"';

// Letters NFKD does not decompose (patterns and text alike).
const LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  ı: "i",
};
// Quote variants, and invisible characters people paste in (text only).
const MARKS: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201b": "'",
  "\u00b4": "'",
  "\u02bc": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u00ad": "",
  "\u0964": ".",
  "\u0965": ".",
};
const KEPT = new Set([".", "!", "?", "\n", "\r", ",", ";", ":", "(", ")", '"', "'"]);
// Only combining marks used by Latin scripts: Bangla vowel signs and virama are marks too and must stay.
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const cache = new Map<string, string>();

function foldLetters(ch: string): string {
  const lower = ch.toLowerCase();
  return (LETTERS[lower] ?? lower).normalize("NFKD").replace(LATIN_MARKS, "");
}

const keepOrSpace = (unit: string) => (KEPT.has(unit) || WORD_CHAR.test(unit) ? unit : " ");

const ASCII: readonly string[] = Array.from({ length: 128 }, (_, code) =>
  keepOrSpace(code === 96 ? "'" : String.fromCharCode(code).toLowerCase()),
);

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const folded = MARKS[ch] ?? [...foldLetters(ch)].map(keepOrSpace).join("");
  if (cache.size < 4096) cache.set(ch, folded);
  return folded;
}

/** Folds `input` for matching, keeping a map from folded positions back to original positions. */
export function normaliseText(input: string): NormalisedText {
  const units: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      units.push(ASCII[code] as string);
      from.push(i);
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(input.codePointAt(i) ?? code);
    for (const unit of foldChar(ch).split("")) {
      units.push(unit);
      from.push(i);
    }
    i += ch.length;
  }
  return collapseRuns(units, from);
}

// Three or more of the same letter become one: children stretch words ("pleeease", "meee").
function collapseRuns(units: string[], from: number[]): NormalisedText {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as string;
    let j = i + 1;
    while (j < units.length && units[j] === unit) j += 1;
    const keep = j - i >= 3 && LETTER.test(unit) ? 1 : j - i;
    // An apostrophe counts as part of a word only between letters ("don't"); elsewhere it is a quote.
    const inWord =
      unit !== "'" || (j - i === 1 && LETTER.test(out.at(-1) ?? "") && LETTER.test(units[j] ?? ""));
    for (let k = 0; k < keep; k += 1) {
      out.push(inWord ? unit : '"');
      origin.push(from[i + k] as number);
    }
    i = j;
  }
  return { text: out.join(""), origin };
}

/**
 * Folds a lexicon or cue pattern like the text's letters (lower case, no Latin diacritics), leaving
 * punctuation alone: it is regular-expression syntax there. Patterns must not repeat a letter three times.
 */
export function foldPattern(pattern: string): string {
  let out = "";
  for (const ch of pattern) out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldLetters(ch);
  return out;
}
