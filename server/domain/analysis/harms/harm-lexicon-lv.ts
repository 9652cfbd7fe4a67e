import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";

// Latvian "nazis" (knife) folds to the English "nazis": only unambiguous knife forms are used here.
/** Latvian harm-topic lexicon. */
export const HARMS_LV: Lexicon<HarmId> = {
  locale: "lv",
  rules: [
    { category: "cse", patterns: ["seksuāl* izmanto*"] },
    { category: "cce", patterns: ["narkotik* (?:tirdzniec*|tirgo*|izplat*)|dīler*|narkokurjer*"] },
    {
      category: "serious-youth-violence",
      patterns: ["ar nazi|ar nažiem|nažus|duncis|ieroc*|ierocis|kautiņ*|band*|uzbruk*|sadur*"],
    },
    { category: "serious-youth-violence", unless: "mājās|ģimenē|attiecībās", patterns: ["vardarb*"] },
    { category: "trafficking", patterns: ["cilvēku tirdzniec*"] },
    { category: "modern-slavery", patterns: ["verdzīb*|piespiedu darb*|strād* bez samaksas"] },
    {
      category: "online-abuse",
      within: "internet*|tiešsaist*|sociālaj* tīkl*|online|instagram*|tiktok*|snapchat*|spēl*",
      patterns: ["svešiniek*|raksta|uzmāk*|draud*|šantāž*|ņirgā*|apcel*"],
    },
    { category: "online-abuse", patterns: ["kibermobing*|kiberhuligān*"] },
    { category: "relationship-abuse", patterns: ["vardarb* attiecībās|kontrolējoš* (?:puis*|draudzen*)"] },
    { category: "bullying", patterns: ["apcel*|ņirgā*|pazemo*|mobing*|iebied*|apsaukā*"] },
    { category: "child-on-child-sexual-harm", patterns: ["seksuāl* uzmākšan*|seksuāl* komentār*"] },
    { category: "radicalisation", patterns: ["radikaliz*|ekstrēmis*|neonacis*|teroris*|džihād*"] },
  ],
};
