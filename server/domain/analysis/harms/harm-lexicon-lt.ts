import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";

/** Lithuanian harm-topic lexicon. */
export const HARMS_LT: Lexicon<HarmId> = {
  locale: "lt",
  rules: [
    { category: "cse", patterns: ["seksualin* išnaudoj*|viliojim*"] },
    {
      category: "cce",
      patterns: ["narkotik* (?:platin*|prekyb*|pardav*)|prekeiv* narkotik*|narkotikų prekeiv*|platintoj*"],
    },
    { category: "serious-youth-violence", patterns: ["peil*|ginkl*|gauj*|muštyn*|užpuol*|subad*"] },
    { category: "serious-youth-violence", unless: "namuose|šeimoje|poroje", patterns: ["smurt*"] },
    { category: "trafficking", patterns: ["prekyb* žmon*|prekeiv* žmon*"] },
    {
      category: "modern-slavery",
      patterns: ["vergov*|vergij*|priverstin* darb*|dirb* (?:be atlyginimo|nemokamai)"],
    },
    {
      category: "online-abuse",
      within: "internet*|socialin* tinkl*|online|facebook*|instagram*|tiktok*|snapchat*|žaidim*",
      patterns: ["nepažįstam*|svetim*|rašo|rašinėja|persekio*|grasin*|šantaž*|tyčioj*|patyč*|žemina"],
    },
    { category: "online-abuse", patterns: ["kibernetin* patyč*|patyčios internete"] },
    {
      category: "relationship-abuse",
      patterns: ["smurt* (?:poroje|santykiuose)|kontroliuojant* (?:vaikin*|mergin*)|pavydus vaikinas"],
    },
    { category: "bullying", patterns: ["patyč*|tyčioj*|skriaud*|pravard*|erzin*|šaipo*|užgaul*"] },
    {
      category: "child-on-child-sexual-harm",
      patterns: ["seksualin* priekab*|liečia mergait*|nepadorūs komentarai"],
    },
    { category: "radicalisation", patterns: ["radikaliz*|ekstrem*|neonac*|teroriz*|džihad*"] },
  ],
};
