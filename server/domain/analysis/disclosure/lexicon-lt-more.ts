import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Lithuanian, second part: debts and courier runs for others (either word order), what parents see
// (days away), men giving a child things or asking for pictures, and a group urging a fight against
// others. Negation is mostly fused (ne-), so a pattern may include the negated verb it needs.
const OUTGROUP =
  "imigrant*|užsienieč*|užsieniečius|musulmon*|musulman*|žyd*|pabėgėl*|kit* (?:religij*|ras*|tikėjim*)|juodaodž*|lenk*|rus*";
const CARRY = "pernešti|nunešti|nuvežti|pervežti|paslėpti|palaikyti|nešti|vežti|pristatyti|perduoti";

/** Lithuanian disclosure lexicon, second part. */
export const LEXICON_LT_MORE: Lexicon<DisclosureCategory> = {
  locale: "lt",
  rules: [
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:jiems|jam|jai|gaujai|prekeiviui) (?:yra |esu |esame )?skoling*|skoling* (?:jiems|jam|jai|pinig*)",
        "(?:sako|sakė|teigia|tvirtina) ~ skoling*",
        "(?:vežioja|veža|vežiojo|nešioja|neša|nešiojo|pristato|išnešioja|išvežioja) (?:paket*|siunt*|prekę|prekes|krepš*|kažką) ~ (?:vyresn*|jiems|jam|gauj*|prekeiv*|į)",
        `(?:paprašė|prašo|paprašytų|paprašys|liepė|liepia|verčia) (?:manęs |mane |man |jį |ją )?(?:ką nors |kažką |paketą |krepšį )?(?:${CARRY})`,
      ],
    },
    {
      category: "criminal-exploitation",
      within: "skoling*|skol*|paket*|gauj*|narkot*|vyresn*",
      patterns: [
        "negali (?:sustoti|išeiti|atsisakyti|mesti|pasitraukti)|negaliu (?:sustoti|išeiti|atsisakyti|mesti)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "(?:dien*|nakt*|savait*) (?:negrįžta|negrįžo|nėra namuose|nebuvo namie|nėra namie)|(?:negrįžta|negrįžo|nėra namuose) ~ (?:dien*|savait*|nakt*)",
        "(?:neatsiliepia|neatsako) (?:į )?(?:telefon*|skambuč*) ~ (?:dien*|nakt*|savait*)",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:vyras|vyresnis vyras|vyrai|dėdė|nepažįstam*) ~ (?:duoda|davė|perka|pirko|siūlo|vežioja|pavežė|prašė|prašo|žadėjo) ~ (?:cigaret*|alkohol*|pinig*|dovan*|telefon*|nuotrauk*)",
        "(?:išnaudoja|išnaudojo|išnaudojami|išnaudojama) (?:ją|jį|mane|mus|vyr*)|(?:vyresni|suaugę) vyrai (?:ją|jį|mane)",
        "(?:duos|sumokės|žadėjo|pažadėjo) (?:man )?pinig* (?:už|jei)",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "nuog* (?:nuotrauk*|vaizd*|video*)|nuotrauk* be drabužių|nuotrauk* apatiniais",
        "(?:grasina|grasino|grasins) ~ (?:paskelbti|išsiųsti|parodyti|išplatinti|nusiųsti)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: ["(?:nužudys|užmuš|papjaus|nušaus) (?:mane|mus)|(?:mane|mus) (?:nužudys|užmuš|papjaus)"],
    },
    {
      category: "radicalisation",
      patterns: [
        `(?:kovoti|kovojame|kovos|pulti|užpulti|atsikratyti) (?:(?:prieš|su) )?(?:${OUTGROUP})`,
        "(?:kviečia|pakvietė|veda|vedė|nusivedė) (?:mane )?(?:į|ant) (?:susitikim*|susirinkim*|mitin*|eityn*|stovykl*)",
        "(?:gaminti|pasigaminti|daryti|padaryti) (?:bomb*|sprogmen*|sprogstam*)|kaip (?:pasidaryti|pagaminti) (?:bomb*|sprogmen*)",
      ],
    },
  ],
};
