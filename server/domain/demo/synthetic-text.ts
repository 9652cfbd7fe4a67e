// SYNTHETIC. Every free-text answer in the demo data was written for Heard's demo by the project team,
// imitating the tone of children's, young people's and parents' answers. None of it is, or is adapted
// from, anything a real child or family said. Names, numbers and addresses in it are invented
// (07700 900xxx is Ofcom's range for drama; example.com and example.org are reserved).

/** Who an answer sounds like: a child (8 to 12), a young person or young adult, or a grown-up. */
export type Voice = "child" | "young" | "adult";

/** One synthetic answer, the themes an analyst would code it with, and when it is most often said. */
export type SyntheticText = {
  text: string;
  voice: Voice;
  themes: string[];
  /** About help from services (asked in "help you got", "moving on" and the parents' survey). */
  help: boolean;
  /** Said more in the dark months (October to February) or in the summer holidays. */
  season?: "dark" | "summer";
};

/** The answers of one language, and the few that read as a possible disclosure (used once each). */
export type LocaleTexts = { answers: SyntheticText[]; disclosures: string[] };

/** Short theme names used in the text lists, for the starter codebook's ids (migrations/0005). */
const THEMES: Record<string, string> = {
  parks: "unsafe-parks-open-spaces",
  routes: "safer-routes-to-school",
  adults: "trusted-adults",
  online: "online-grooming-sextortion",
  knives: "knife-crime-weapons",
  drugs: "drugs-county-lines",
  clubs: "youth-clubs-things-to-do",
  police: "police-and-trust",
  dark: "transport-after-dark",
  racism: "racism-discrimination",
  bullying: "bullying-peer-violence",
  help: "help-that-worked",
};

const VOICES: Record<string, Voice> = { c: "child", y: "young", a: "adult" };

/** A compact row: voice (c, y, a), short theme names, the text, and optional tags (help, dark, summer). */
export type Row = [voice: "c" | "y" | "a", themes: string, text: string, tags?: string];

/** Reads the compact rows; an unknown theme or tag is a mistake in the list and stops at once. */
export function rows(list: readonly Row[]): SyntheticText[] {
  return list.map(([voice, themes, text, tags = ""]) => {
    const tagList = tags.split(" ").filter(Boolean);
    for (const tag of tagList) {
      if (!["help", "dark", "summer"].includes(tag)) throw new Error(`Unknown tag ${tag} on "${text}"`);
    }
    const season = tagList.includes("dark") ? "dark" : tagList.includes("summer") ? "summer" : undefined;
    return {
      text,
      voice: VOICES[voice] as Voice,
      themes: themes
        .split(" ")
        .filter(Boolean)
        .map((short) => {
          const id = THEMES[short];
          if (!id) throw new Error(`Unknown theme ${short} on "${text}"`);
          return id;
        }),
      help: tagList.includes("help"),
      ...(season ? { season } : {}),
    };
  });
}
