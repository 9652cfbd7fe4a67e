import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Latvian, second part: debts and courier runs for others ("viņš viņiem ir parādā"), what parents see
// (days away), men asking for pictures or offering money, nude-image words, and a group or relative
// urging attacks on others. Negation is mostly fused (ne-), so patterns include the verb they need.
const OUTGROUP =
  "musulmaņ*|imigrant*|ārzemniek*|ebrej*|bēgļ*|krievi*|melnādain*|citām reliģij*|citu reliģij*|svešiniek*";
const CARRY = "pārnēsāt|aiznest|pārvest|aizvest|noslēpt|paglabāt|nest|nēsāt|piegādāt|nodot";

/** Latvian disclosure lexicon, second part. */
export const LEXICON_LV_MORE: Lexicon<DisclosureCategory> = {
  locale: "lv",
  rules: [
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:viņiem|viņam|viņai|bandai|dīlerim) (?:ir |esmu |esam )?parādā|(?:ir|esot) parādā|parādā (?:viņiem|viņam|naudu)",
        "(?:nēsā|nes|vadā|piegādā|ved|nēsāju|vadāju) (?:pakas|paciņas|sūtījum*|preci|somas) ~ (?:vecāk*|viņiem|viņam|band*|uz)",
        `(?:lūgtu|lūdza|lūdz|lika|liek|piespieda) (?:man |mani |viņam )?(?:kaut ko |paku |somu )?(?:${CARRY})`,
      ],
    },
    {
      category: "criminal-exploitation",
      within: "parād*|pak*|paciņ*|band*|narkot*|vecāk* puiš*",
      patterns: [
        "nevar (?:pārtraukt|apstāties|izkļūt|atteikt|aiziet)|nevaru (?:pārtraukt|apstāties|izkļūt|atteikt)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "(?:dien*|nakt*|nedēļ*) (?:nav (?:bijis |bijusi )?(?:mājās|atgriez*)|neatgriežas|neatgriezās)",
        "(?:nav mājās|neatgriežas|neatgriezās) ~ (?:dien*|nedēļ*|nakt*)",
        "neatbild (?:uz )?(?:telefon*|zvan*) ~ (?:dien*|nakt*)",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:vīrietis|vīrieši|vecāks puisis|svešinieks|kāds vecāks) ~ (?:prasīja|prasa|lūdza|lūdz|dos|iedos|dod|deva|piedāvā|solīja|pirka|pērk) ~ (?:bild*|foto*|naud*|dāvan*|cigaret*|alkohol*)",
        "(?:iedos|dos|samaksās|solīja|piedāvāja) (?:man )?naud* (?:par|ja)|(?:teica|saka),? ka (?:iedos|dos|samaksās)",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "kailbild*|kailfoto*|kailvideo*|(?:bild*|foto*) bez (?:drēbēm|apģērba)|(?:bild*|foto*) apakšveļā",
        "draud* ~ (?:publicēt|izplatīt|nosūtīt|parādīt|ielikt)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "(?:nogalinās|nositīs|nodurs|nošaus) (?:mani|mūs)|(?:mani|mūs) (?:nogalinās|nositīs|nodurs)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        `(?:jāuzbrūk|uzbrukt|uzbrūk|cīnīties|jācīnās|karot|atbrīvoties no) (?:pret )?(?:${OUTGROUP})`,
        "(?:ved|veda|aicina|uzaicināja|ņem) (?:mani |mūs )?(?:uz|līdzi uz) (?:sapulc*|sanāksm*|tikšanos|tikšanās|mītiņ*|gājien*|nometn*)",
        "(?:taisīt|uztaisīt|izgatavot|pagatavot) (?:bumb*|spridzekļ*|sprāgstviel*)",
      ],
    },
  ],
};
