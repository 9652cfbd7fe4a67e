import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Romanian clitics come before the verb ("mă bate", "m-a bătut"); hyphens fold to spaces, so "m-a"
// is written "m a" here. Negation is "nu" or a fused "n-" ("n-a"), which folds to the token "n".
const ME = "(?:mă|m a|m au|m o|m ar|pe mine|ne|ne au)";
const PARENT = "mama|mamă|tata|tatăl|părinți*|bunic*|profesor*|diriginte|școal*";

/** Romanian disclosure lexicon. */
export const LEXICON_RO: Lexicon<DisclosureCategory> = {
  locale: "ro",
  rules: [
    {
      category: "immediate-danger",
      patterns: [
        "ajutor(?= ?!)|vă rog ajutați|ajutați ?mă|ajută ?mă|salvați ?mă",
        "(?:mi ?e|îmi e|îmi este) (?:frică|teamă) să (?:mă duc|merg|mă întorc|ajung) acasă",
        "nu vreau să (?:merg|mă duc|mă întorc) acasă|nu mă simt în siguranță acasă|acasă nu (?:e|este) sigur",
        "mă (?:va |vor |vrea să |vor să )?(?:omorî|omoare|omoară|ucide|ucidă)",
        "(?:mă|m a|m au) (?:urmări*|urmăre*|așteaptă)|amenin*",
      ],
    },
    {
      category: "self-harm",
      patterns: [
        "(?:să )?mă sinucid|sinucid*|sinucig*|(?:să )?mă omor",
        "(?:vreau|aș vrea|îmi vine) să (?:mor|dispar)|nu (?:mai )?vreau să (?:trăiesc|mai trăiesc)",
        "mă (?:tai|rănesc) singur*|mă (?:tai|tăiam|zgârii|ard)|m am (?:tăiat|rănit)|îmi fac rău",
        "vreau să se termine (?:totul|tot)|nu mai pot(?= ?[.,!]|$)|nu mai suport|autovătăm*|automutil*|supradoz*|mă arunc de pe|mă spânzur",
      ],
    },
    {
      category: "physical-abuse",
      patterns: [
        `${ME} (?:mai )?(?:bat*|bătut|lov*|răn*|împing*|pălmui*|abuz*|agres*|chinu*|sugrum*|strâng* de gât|ciupe*|trânt*|ard*)`,
        "(?:iau|primesc|am luat|mănânc) bătaie|vânătăi*",
        "(?:mi ?e|îmi e) frică de (?:tata|tatăl|mama|mamă|tatăl vitreg|fratele|el|ea|ei)|violență (?:acasă|domestică|în familie)",
      ],
    },
    {
      category: "sexual-abuse",
      patterns: [
        `${ME} (?:atins*|atinge|pipăi*|mângâi*)`,
        "viol|violat|violată|violează|violul",
        "abuz* sexual*|agresiune sexuală|hărțuire sexuală",
        "m (?:a|au) (?:obligat|forțat) să (?:mă dezbrac|fac sex|îl ating|o ating|mă uit la porno)",
        "mi (?:a|au) arătat (?:penisul|organele|sânii|porno)|intră (?:noaptea )?în camera mea (?:noaptea|când)",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:bărbat*|tip*|băiat*|bărbați) (?:mai )?(?:mare|mari|în vârstă|bătrân*|adult*) ~ (?:îmi dă|ne dă|cumpără|oferă|mă duce|ne duce|mă invită|îmi scrie|vrea)",
        "în schimbul (?:sexului|pozelor|banilor)|sex pentru (?:bani|droguri|alcool|cadouri)",
        "nu spune nimănui|să nu spun nimănui|secretul nostru",
      ],
    },
    {
      category: "sexual-exploitation",
      within: "online|internet*|instagram*|tiktok*|snapchat*|facebook*|joc*",
      patterns: ["vrea să ne (?:vedem|întâlnim)|vrea să mă (?:vadă|întâlnească)|îmi cere poze"],
    },
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:le|îi) datorez|sunt dator*|(?:zic|spun|au zis) că (?:le )?(?:datorez|sunt dator*)|datori* (?:la|către) (?:ei|el|dealer*|gașcă)",
        `${ME} (?:obligă|forțează|pun|pune|puneau|obligat|forțat|pus) să (?:vând|duc|car|țin|ascund|livrez|fur|transport)`,
        "(?:vând|vinde|vindea|vindeam|car|cară|livrez|livrează|transport|transportă|țin|ascund|ascunde) (?:pentru (?:ei|el|niște [a-zăâîșț]+ ?[a-zăâîșț]* ?[a-zăâîșț]*) )?(?:droguri|iarbă|pachete|colete|marfă)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "(?:poartă|port|are|au|am|avea|aveau|scos|tras|scoate|amenințat cu) (?:un |o )?(?:cuțit|cuțite|armă|arme|pistol|macetă)",
        "înjunghiat*|înjunghie|înjunghia|înjunghiere|împușcat*|a tras în|au tras în",
        `${ME} (?:bătut măr|atacat|jefuit|tâlhărit)`,
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:poze|fotografii|clipuri|videoclipuri|filmulețe) (?:nud*|goale|intime|cu mine (?:goală|gol|dezbrăcat*))",
        "șantaj*|(?:plătește|dă mi bani|trimite bani) (?:sau|altfel)|dacă nu (?:îi |le |vă )?(?:trimit|dau|plătesc)",
        "(?:o să|va|vor) (?:le |mă )?(?:arate|posteze|publice|trimită|pună) (?:tuturor|pe net|pe internet|online|la toată lumea|părinților)",
        "(?:postează|posta|publică|trimite|arată|răspândi|pune) ~ (?:pozele|poze|fotografiile|clipul|videoclipul|filmulețul)",
      ],
    },
    {
      category: "relationship-abuse",
      within: "iubit*|prieten* (?:meu|mea)|partener*|fostul|fosta",
      patterns: [
        "mă (?:bate|lovește|împinge|controlează|amenință|sperie|jignește|umilește)",
        "îmi verifică telefonul|se uită în telefonul meu|gelos|geloasă|locați*|parol*|nu mă lasă",
      ],
    },
    {
      category: "relationship-abuse",
      unless: PARENT,
      patterns: [
        "îmi verifică telefonul|îmi citește mesajele|mă controlează|iubit* (?:gelos|violent|posesiv)",
        "nu mă lasă să (?:mă văd|ies|vorbesc|merg)",
        "mă obligă să (?:îi )?trimit locația",
      ],
    },
    {
      category: "radicalisation",
      unless: "echip*|club*|trupă|cor",
      patterns: [
        "(?:vor|vrea|insistă|încearcă|recrutează|invitat|presează) ~ (?:mă alătur|mă înscriu|intru în)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        "(?:extremis*|neonazis*|nazist*|fascist*|jihad*|terorist*|radicaliz*) <> (?:mă|mine|meu|mea|grup*|canal*|chat*|clipuri|videoclipuri|alătur*)",
        "mi (?:a|au) spus să urăsc|(?:mă|ne) învață să urăsc",
      ],
    },
    {
      category: "modern-slavery-trafficking",
      patterns: [
        "(?:muncesc|lucrez|lucrăm|munceam|lucram) (?:fără (?:plată|bani|salariu)|gratis|pe gratis|degeaba)",
        "nu (?:mă|ne) plătesc|nu primesc (?:bani|salariu)",
        "mi (?:au|a) luat (?:pașaportul|actele|buletinul)|(?:țin|păstrează|au) (?:pașaportul|actele) (?:meu|mele)",
        "trafic de (?:persoane|ființe umane|copii)|sclav*|muncă forțată",
        "ne mută dintr un loc în altul|m (?:au|a) vândut|nu (?:mă|ne) lasă să (?:ies|plec|ieșim|plecăm)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "(?:am|a|au|aș) fugit de (?:acasă|la centru)|fug de acasă|vreau să fug",
        "disp[aă]rut*",
        "nu m am (?:dus|întors) acasă (?:de|timp de) (?:zile|câteva zile|o săptămână|[0-9]+ zile)",
        "am dormit la (?:un străin|străini|cineva necunoscut|un bărbat)|(?:dorm|am dormit) pe stradă|nu am unde să dorm|m (?:au|a) dat afară din casă",
      ],
    },
  ],
};
