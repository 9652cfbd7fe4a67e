import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";

/** Romanian harm-topic lexicon. */
export const HARMS_RO: Lexicon<HarmId> = {
  locale: "ro",
  rules: [
    { category: "cse", patterns: ["exploatare sexuală|exploatarea sexuală|abuz sexual asupra copiilor"] },
    {
      category: "cce",
      patterns: ["(?:vând|vinde|vând|vânzare de|trafic de|traficanți de) droguri|dealer*|droguri la vânzare"],
    },
    {
      category: "serious-youth-violence",
      patterns: ["cuțit*|arme|armă|înjunghi*|bătăi|bătaie|bande|bandă|găști|gașcă|împușc*"],
    },
    {
      category: "serious-youth-violence",
      unless: "domestică|acasă|în familie|în cuplu",
      patterns: ["violenț*"],
    },
    { category: "trafficking", patterns: ["trafic de (?:persoane|ființe|copii)|traficanți de persoane"] },
    { category: "modern-slavery", patterns: ["sclav*|muncă forțată|muncesc (?:gratis|fără plată)"] },
    {
      category: "online-abuse",
      within: "online|internet*|rețele* sociale|facebook*|instagram*|tiktok*|snapchat*|jocuri",
      patterns: ["străin*|necunoscuț*|amenin*|șantaj*|hărțui*|mesaje|jignir*|batjocor*"],
    },
    { category: "online-abuse", patterns: ["cyberbullying|hărțuire online"] },
    {
      category: "relationship-abuse",
      patterns: ["relați* abuziv*|relație toxică|iubit* (?:gelos|violent|posesiv|controlant)"],
    },
    {
      category: "bullying",
      patterns: [
        "bullying|agresiune verbală|tachin*|batjocor*|umili*|jignesc|jignit*|porecl*|râd de mine|mă intimidează",
      ],
    },
    {
      category: "child-on-child-sexual-harm",
      patterns: ["hărțuire sexuală|comentarii sexuale|atingeri (?:nepotrivite|sexuale)"],
    },
    { category: "radicalisation", patterns: ["radicaliz*|extremis*|neonazi*|terorism*|jihad*|fascis*"] },
  ],
};
