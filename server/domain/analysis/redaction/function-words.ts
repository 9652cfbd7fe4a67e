import words from "./data/function-words.json" with { type: "json" };

const ALL = new Set(
  [...words.en, ...words.pl, ...words.lt, ...words.lv, ...words.ro, ...words.bn].map((w) =>
    w.normalize("NFC"),
  ),
);

/** True for pronouns, prepositions, auxiliaries and text-speak in any of the six languages ("the", "ona", "lol"). */
export function isFunctionWord(word: string): boolean {
  return ALL.has(word.normalize("NFC").toLowerCase());
}
