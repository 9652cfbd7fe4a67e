import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Romanian, second part: debts and courier runs for others ("le datorează bani"), what parents see
// (days away), men giving a child things or asking for pictures, and a group urging a fight against
// others. Hyphens fold to spaces ("mi-ar" is "mi ar").
const OUTGROUP =
  "străini*|imigranț*|musulman*|evrei*|refugiaț*|țigan*|romi*|negri*|altor religii|altei religii|celor(?:lalți)? de alt* (?:religie|rasă)";
const CARRY = "car|duc|țin|ascund|transport|livrez|iau|aduc|păstrez";

/** Romanian disclosure lexicon, second part. */
export const LEXICON_RO_MORE: Lexicon<DisclosureCategory> = {
  locale: "ro",
  rules: [
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:le|îi|ii|i) dator*|datorează bani|datorez bani|(?:are|am|avem) (?:o )?datori* (?:la|către|față de)",
        "(?:duce|duc|cară|car|transportă|livrează|ține|ascunde|vinde) (?:niște |mai multe )?(?:pachete|colete|marfă|genți|sacoșe|droguri|iarbă) ~ (?:pentru|la) (?:niște|ei|el|băieți|tipi|gașcă|cineva)",
        `(?:cere|cerut|ar cere|cerea|roagă|rugat|spus|zis|pus) (?:mi |să mi |mie )?(?:să )?(?:${CARRY}) (?:ceva|un pachet|pachete|o geantă|o sacoșă|niște)`,
      ],
    },
    {
      category: "criminal-exploitation",
      within: "dator*|pachet*|colet*|gașc*|drog*|marf*|băieți (?:mai )?mari",
      patterns: ["nu (?:se )?(?:mai )?(?:poate|pot|putem|pută) (?:opri|ieși|retrage|lăsa|refuza)"],
    },
    {
      category: "missing",
      patterns: [
        "lipse(?:ște|sc|a|au|ea|ște) de acasă|nu (?:s a|a|au) (?:mai )?(?:întors|venit) acasă|plecat de acasă de (?:două|trei|câteva|[0-9]+) (?:zile|nopți)",
        "de (?:două|trei|patru|câteva|multe|[0-9]+) (?:zile|nopți|săptămâni) (?:nu|lipsește|lipsesc|nu mai)",
        "nu (?:mai )?răspunde la telefon ~ (?:zile|nopți|săptămân*)|(?:zile|nopți) ~ nu (?:mai )?răspunde la telefon",
      ],
    },
    {
      category: "sexual-exploitation",
      unless: "mama|mamă|tata|tatăl|bunic*|părinți*|ziua mea|crăciun",
      patterns: [
        "(?:un |niște )?(?:bărbat*|domn|tip|străin|nene) ~ (?:îi dă|îmi dă|ne dă|dă|cumpără|oferă|duce|plimbă|cere|cerut|promis) ~ (?:țigări|alcool|bani|cadouri|telefon|poze|mașin*|plimbare)",
        "(?:îmi dă|îmi dau|mi a promis|promite|oferă) (?:bani|robux|cadouri) (?:pentru|dacă)",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: ["poze (?:fără haine|dezbrăcat*|goale|în lenjerie|nud*)|(?:poze|pozele) (?:mele )?nud*"],
    },
    {
      category: "violence-weapons",
      patterns: ["(?:te|mă|ne) (?:omoară|omor|omorâm|omoram|ucid|înjunghie|taie) ~ (?:dacă|cuțit|acum)"],
    },
    {
      category: "radicalisation",
      patterns: [
        `(?:luptăm|lupta|luptă|luptam|să luptăm|atacăm|atace|atacăm|scăpăm de) (?:împotriva|contra|cu)? ?(?:${OUTGROUP})`,
        "(?:chemat|invitat|cheamă|invită|chemau|dus|duce) (?:mă |m au |m a )?(?:la|într|în) (?:o |niște )?(?:întâlnir*|ședinț*|miting*|marș*|adunar*|tabăr*)",
        "(?:facă|fac|construi|construiască|construim) (?:o |niște )?(?:bomb*|exploziv*)",
      ],
    },
  ],
};
