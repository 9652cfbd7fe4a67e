import type { Macros } from "./compile-pattern";

// Shared vocabulary for the English lexicon, with the text-speak and misspellings children use.
const FRIEND_WORDS =
  "friend|mate|bestie|bff|pal|sister|brother|sis|bro|cousin|classmate|neighbour|son|daughter|kid|child|boyfriend|girlfriend|bf|gf|mum|mom|mam";

/** Macros for the English lexicon: `{me}`, `{victim}`, `{friend}`, `{myself}`, `{want}`, `{drugs}` … */
export const EN_MACROS: Macros = {
  me: "me|meh|mee|mi|us",
  friend: `(?:my|me|ma|mah|our) (?:little |big |best |older |younger |twin |step )?(?:${FRIEND_WORDS})s?`,
  victim: `me|meh|mee|us|him|her|them|(?:my|me|ma|mah|our) (?:little |big |best |older |younger |twin |step )?(?:${FRIEND_WORDS})s?`,
  myself:
    "my ?self|my ?sel|my ?selfe|myslef|myslf|mysef|myseld|mysrlf|mysel|me ?self|mi ?self|my ?selv|myself",
  someone:
    "some ?one|some ?1|some ?body|sum ?one|sum ?1|sumbody|smone|sm1|som1|somone|a (?:man|guy|bloke|lad|boy|girl|woman|stranger|person|adult|teenager)|an (?:older|adult) (?:man|guy|boy|person|lad)",
  want: "want|wanna|wana|wnt|wanted|wants|wish|wud like|would like|gonna|going to|gna|gunna|about to|ready to|tryna|trying to|try to|tried to|might|will|need to|plan to|planning to|thinking of|thinking about|think about|thought about|just want|feel like i want|kinda want",
  to: "to|2|t|ta|too",
  drugs:
    "drugs?|drug|weed|bud|coke|cocaine|crack|heroin|gear|food|packs?|packages?|parcels?|bags?|wraps?|pills?|ket|spice|nitty|brown|white|grams|z'?s|oxy|xans?|mdma|mandy|vapes?|thc|sniff|stuff|things|money|cash|phones?|the line|a line|lines",
  knife:
    "knife|knifes|knives|blade|blades|shank|shanks|machete|machetes|zombie knife|kitchen knife|nank|stanley|box cutter|gun|guns|strap|straps|weapon|weapons|crowbar|hammer|pistol|firearm|shotgun|rifle|air gun|bb gun|knuckle dusters?|acid",
  partner:
    "(?<!(?:mum|mom|mam|sister|friend|mate|cousin|aunt|auntie|nan|her|his|their)(?:'?s|s)? )(?:boyfriend|girlfriend|bf|gf)|b f|g f|partner|ex|ex ?boyfriend|ex ?girlfriend|fella|bae|missus|other half|husband|wife|fiance|fiancee|dating|relationship|going out with|the (?:boy|guy|girl|lad) i'?m (?:seeing|dating|talking to|with)|my (?:man|boy|girl|lad)|during sex|when we have sex|we have sex|having sex",
  parent:
    "mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parents?|carers?|foster|step ?mum|step ?dad|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunt|teachers?|school|grounded|chores|homework",
  nudes:
    "nudes?|noods?|nudez|nudies|nude (?:pics?|photos?|pictures?|videos?|vids?|selfies?)|naked (?:pics?|photos?|pictures?|videos?|vids?|selfies?)|topless (?:pics?|photos?)|private (?:pics?|photos?|pictures?|videos?)|intimate (?:images?|photos?|pics?|videos?)|explicit (?:pics?|photos?|images?|videos?)|sexy (?:pics?|photos?)|dirty (?:pics?|photos?)|pics? of my body|pics? in my (?:underwear|bra|pants)",
  hategroup:
    "unbelievers|disbelievers|muslims?|jews?|jewish people|black people|blacks|immigrants?|foreigners|gay people|gays|lgbt|trans people|women|white people|christians?|hindus?|sikhs?|the police|police|polish people|poles|eastern europeans|asians?|pakis?|refugees|migrants|asylum seekers|non ?believers|kafirs?|kuffar|infidels|the government|soldiers|british people|the west|those people|people like (?:us|them|me)|other races|other religions",
  targets:
    "unbelievers|disbelievers|muslims|jews|jewish people|black people|blacks|immigrants|foreigners|gay people|gays|trans people|white people|asians|pakis|polish people|poles|eastern europeans|refugees|migrants|asylum seekers|non ?believers|kafirs|kuffar|infidels",
  extreme:
    "extremis[mt]s?|extremist|far ?right|far ?left|neo ?nazis?|nazis|(?<!(?:ar|savu|manu|vienu|viņu|izvilka) )nazi|white power|white suprem*|isis|isil|daesh|jihad*|terroris[mt]s?|terror group|alt ?right|incels?|blackpill|race war|holy war|great replacement|groypers?|1488|14 88|combat 18|national action|patriotic alternative|britain first|edl|english defence league|blood and soil|remigration",
};
