import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";

/** Polish harm-topic lexicon. */
export const HARMS_PL: Lexicon<HarmId> = {
  locale: "pl",
  rules: [
    {
      category: "cse",
      patterns: ["wykorzystywani* seksualn*|uwodzeni* (?:dzieci|nieletnich)|prostytucj*|sponsoring"],
    },
    {
      category: "cce",
      patterns: [
        "diler*|handel narkotyk*|handlu narkotyk*|sprzedaż* narkotyk*|sprzeda* narkotyk*|kurier* narkotyk*",
        "wykorzystywani* przestępcz*|gang* werbuj*",
      ],
    },
    {
      category: "serious-youth-violence",
      patterns: ["nóż|noż(?:e|a|em|y|ami|u)|dźgn*|broń|pistolet*|bójk*|bójek|bijatyk*|pobi*|napad*|maczet*"],
    },
    { category: "serious-youth-violence", unless: "ekstremi*|neonazi*|radykal*", patterns: ["gang*"] },
    {
      category: "serious-youth-violence",
      unless: "domow*|w domu|w związku|rówieśnicz*",
      patterns: ["przemoc*"],
    },
    { category: "trafficking", patterns: ["handel ludźmi|handlu ludźmi|przemyt ludzi|handlarz* ludźmi"] },
    {
      category: "modern-slavery",
      patterns: ["niewolni*|niewol*|praca przymusowa|pracy przymusowej|pracuj* za darmo|bez wynagrodzenia"],
    },
    {
      category: "online-abuse",
      within:
        "interne[tc]*|online|w sieci|facebook*|snapchat*|snap*|tiktok*|instagram*|messenger*|roblox|discord|gr(?:a|y|ze|ach|ami)",
      patterns: [
        "obc*|nieznajom*|nękaj*|nękani*|hejt*|grozi*|szantaż*|zaczepia*|nagie|zdjęci*|pisz* do mnie",
      ],
    },
    { category: "online-abuse", patterns: ["cyberprzemoc*|hejt w sieci|nękanie w internecie"] },
    {
      category: "relationship-abuse",
      patterns: [
        "przemoc w związku|toksyczn* związ*|(?:kontrolując*|zazdrosn*|agresywn*) (?:chłopak*|dziewczyn*|partner*)",
      ],
    },
    {
      category: "bullying",
      patterns: [
        "prześladuj*|dręcz*|przemoc* rówieśnicz*|prześladowa*|dokucza*|zastrasz*|nękaj*|nękani*|wyśmiewa*|przezywa*|bullying|gnębi*|wyzywa*|obrażaj*",
      ],
    },
    {
      category: "child-on-child-sexual-harm",
      patterns: [
        "molestowan* w szkole|zaczepki seksualne|obmacuj*|podglądaj*|upskirting|komentarze seksualne|molestuj* (?:dziewczyny|koleżanki)",
      ],
    },
    {
      category: "radicalisation",
      patterns: ["radykaliz*|ekstremi*|neonazi*|faszy*|terroryz*|dżihad*|nacjonalist*"],
    },
  ],
};
