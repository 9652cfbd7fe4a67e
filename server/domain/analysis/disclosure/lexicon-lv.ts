import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Latvian, like Lithuanian, fuses ne- onto verbs ("nesit"), so anchored stems skip negated verbs.
const ME = "(?:mani|mūs|man)";
const PARENT = "mamm*|tēt*|tēv*|vecāki|vecākiem|vecmāmiņ*|vectēv*|skolotāj*|skol*";

/** Latvian disclosure lexicon. */
export const LEXICON_LV: Lexicon<DisclosureCategory> = {
  locale: "lv",
  rules: [
    {
      category: "immediate-danger",
      patterns: [
        "palīdziet|palīgā|palīdzi man",
        "baid* (?:iet|atgriezties|būt|braukt) (?:mājās|uz mājām|mājā)|negribu (?:iet|atgriezties|braukt) (?:mājās|uz mājām)",
        "mājās (?:nav droši|nejūtos droši|jūtos nedroši)|nejūtos droši mājās",
        "(?:nogalinās|nositīs|nogalināt|nosist) mani|mani (?:nogalinās|nositīs)",
        "(?:seko|vajā|gaida) mani|draud* (?:man|mani|ka)",
      ],
    },
    {
      category: "self-harm",
      patterns: [
        "gribu lai viss beidzas|vairs nevaru tā dzīvot|pašnāvīb*|nogalināt sevi|nogalināšos|nonāvēties",
        "(?:gribu|gribētu|vēlos) (?:nomirt|mirt|pazust|vairs nedzīvot)|negribu (?:dzīvot|vairs dzīvot)|nevēlos dzīvot",
        "(?:griežu|griezu|sagriezu|griezt) sevi|savainoju sevi|savainot sevi|paškaitē*|kaitēju sev|pārdoz*",
      ],
    },
    {
      category: "physical-abuse",
      patterns: [
        `(?:sit|sita|situ|sitīs|piekauj|piekāva|sper|spārda|iespēra|dauza|grūž|grūda|žņaudz|žņaudza|sāpina|sāpināja|pazemo) <> ${ME}`,
        "dara (?:man|mums) pāri|nodarīja (?:man )?pāri|dara pāri (?:man|mums)|zilum*",
        "baidos no (?:sava |savas |mana |manas )?(?:tēva|tēta|mammas|mātes|patēva|brāļa|viņa|viņas|viņiem)|vardarb* (?:mājās|ģimenē)",
      ],
    },
    {
      category: "sexual-abuse",
      patterns: [
        "(?:aizskar*|aizskāra|aiztiek|aiztika|pieskar*|pieskārās|taustīja|tausta|glāsta) (?:mani|man|manu|manas|manim)",
        "nāk manā (?:istabā|gultā) naktī|izvarot*|izvaroja|izvarošan*|seksuāl* (?:vardarb*|uzmākšan*|izmantošan*|uzmācī*)",
        "(?:piespieda|piespiež|lika) (?:man|mani) (?:izģērbties|pieskarties|skatīties porno)",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:vecāk*|pieaugu*|svešs|svešinieks|svešinieki) (?:vīriet*|puis*|cilvēk*) ~ (?:dod|dāvina|pērk|nopirka|piedāvā|ved|vadā|aicina|raksta|grib)",
        "(?:par|apmaiņā pret) (?:naudu|alkoholu|dāvanām) (?:sekss|seksu|bildes)|sekss par",
        "nevienam nesaki|nesaki nevienam|mūsu noslēpums",
      ],
    },
    {
      category: "sexual-exploitation",
      within: "internet*|tiešsaist*|online|instagram*|tiktok*|snapchat*|spēl*",
      patterns: ["grib (?:ar mani )?satikties|prasa (?:manas )?bild*"],
    },
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:esmu|esam) (?:viņam |viņiem |viņai )?parādā|(?:saka|teica) ka esmu parādā|parāds (?:viņiem|viņam|dīlerim)",
        "(?:liek|lika|piespiež|piespieda|spiež) ~ (?:pārdot|tirgot|nest|nēsāt|vadāt|glabāt|slēpt|zagt|izplatīt|piegādāt)",
        "(?:pārdodu|tirgoju|nēsāju|glabāju|izplatu|piegādāju) (?:viņiem )?(?:narkotik*|zāli|zāles|pakas|paciņas)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "sadūra|iedūra|sadurts|sadurta|ar nazi",
        "(?:nēsā|nēsāju|ir|bija|izvilka|draudēja ar) (?:nazi|nažus|ieroci|ieroč*|pistoli)",
        "(?:piekāva|uzbruka|aplaupīja|apzaga) (?:mani|mūs|manu|manam)|šāva|nošāva|pašāva",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:kail*|intīm*) (?:bild*|foto*|video*)",
        "(?:publicēs|publicēt|izplatīs|izplatīt|nosūtīs|parādīs|ieliks|ielikt) ~ (?:bild*|foto*|video*)",
        "šantāž*|samaksā (?:vai|citādi)",
      ],
    },
    {
      category: "relationship-abuse",
      within: "puis*|draugs|draudzen*|partner*|bijuš*",
      patterns: [
        "(?:sit|sita|grūž|kontrolē|draud|biedē|pazemo|apsaukā) (?:mani|man)",
        "pārbauda (?:manu )?telefon*|lasa (?:manas )?ziņ*|greizsird*|atrašanās viet*|lokācij*|parol*|neļauj man",
      ],
    },
    {
      category: "relationship-abuse",
      unless: PARENT,
      patterns: [
        "pārbauda (?:manu )?telefon*|kontrolē mani|(?:greizsirdīgs|kontrolējošs) (?:puisis|draugs|partneris)",
        "neļauj (?:man )?(?:satikt|tikties|iet|runāt|draudzēties)",
        "liek (?:man )?(?:sūtīt|dalīties ar) (?:savu )?(?:atrašanās vietu|lokācij*)",
      ],
    },
    {
      category: "radicalisation",
      unless: "komand*|klub*|pulciņ*|band*",
      patterns: ["(?:grib|aicina|vervē|pierunā|spiež|lūdz) ~ (?:pievienot*|iestāt*)"],
    },
    {
      category: "radicalisation",
      patterns: [
        "(?:ekstrēmis*|neonacis*|nacist*|džihād*|teroris*|radikāl*) <> (?:mani|man|manu|grup*|kanāl*|čat*|video*|pievieno*)",
        "(?:lika|liek|māca) (?:man )?ienīst",
      ],
    },
    {
      category: "modern-slavery-trafficking",
      patterns: [
        "strād* (?:bez (?:samaksas|algas|naudas)|par brīvu|bez maksas)",
        "(?:nemaksā|nesamaksā) (?:man|mums)|nesaņemu (?:naudu|algu)",
        "(?:paņēma|atņēma|tur|noslēpa) (?:manu |mūsu )?(?:pasi|pases|dokument*)",
        "cilvēku tirdzniec*|verdzīb*|vergs|vergi|vergu|piespiedu darb*",
        "vadā (?:mūs|mani) no vienas vietas|pārdeva (?:mani|mūs)|nevaru (?:iziet|aiziet)|neļauj (?:man|mums) iziet",
      ],
    },
    {
      category: "missing",
      patterns: [
        "aizbēg* (?:no mājām|no mājas|prom)|aizbēgu|aizbēga|izbēgu",
        "pazud*",
        "(?:neatgriezos|neatgriezās|nebiju) mājās (?:vairākas |divas |trīs |[0-9]+ )?(?:dien*|nedēļ*|nakt*)",
        "(?:nakšņo*|gulēju|guļu|dzīvoju) pie (?:svešiniek*|nepazīstam*|vecāka vīrieša)|(?:guļu|gulēju) uz ielas|nav kur (?:gulēt|iet|dzīvot)|izmeta mani no mājām",
      ],
    },
  ],
};
