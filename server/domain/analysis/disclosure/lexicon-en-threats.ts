import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

// Threats and pressure in everyday wording: a condition and a consequence ("if i dont get in the car
// he'll send the pics"), being told to kill yourself, someone waiting outside, a partner threatening
// suicide, a group urging a fight against others, and county-lines duties ("on their line").
const WILL =
  "he'?ll|hell|she'?ll|shell|they'?ll|theyll|he will|she will|they will|he'?d|she'?d|they'?d|he'?s gonna|hes gonna|she'?s gonna|shes gonna|they'?re gonna|theyre gonna|(?:he|she|they) (?:is|are) going to|(?:he|she|they) (?:would|might|could)|it'?ll|someone will|someone'?ll";
const IMAGES =
  "pics?|picz|pix|photos?|pictures?|videos?|vids?|nudes?|noods?|snaps?|screenshots?|recordings?|images?";
const YOURSELF = "yourself|urself|ur self|your self|yaself|yourselves|yoself|myself|my self";
const OUTGROUP = "{targets}|(?:other|different) (?:races|religions|faiths|cultures)|outsiders|invaders";
const GANG =
  "olders|olderz|elders|older (?:boys|lads|guys|kids|ones)|big man|mandem|gang|gangs|dealers?|them man|some (?:guys|lads|men|boys)";

/** English: threats, pressure and duties in everyday wording. */
export const EN_THREAT_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "self-harm",
    patterns: [
      `(?:tell*|tellin|told|say*|sayin|said|messag*|text*|comment*|writ*|wrote|sent|send*|dm*) ~ (?:go |to |2 |should |just )?(?:kys|kill (?:${YOURSELF})|go die|unalive (?:${YOURSELF})|neck (?:${YOURSELF})|hang (?:${YOURSELF})|end (?:${YOURSELF})|(?:you|u) should die)`,
      "(?:maybe|might|probably|think) (?:they'?re|theyre|they are|they might be|he'?s|she'?s|hes|shes|they) (?:be )?right|(?:they'?re|theyre|he'?s|she'?s) probably right",
    ],
    within: `kys|kill (?:${YOURSELF})|go die|die|worthless|better off|hate (?:me|myself)|ugly|fat`,
  },
  {
    category: "immediate-danger",
    patterns: [
      "(?:waiting|waitin|wait) (?:for|4) (?:me|us) (?:rn|right now|now|outside|after school|every day)",
      "(?:get|getting|got|gettin) in(?:to)? (?:the|his|her|their|a) (?:car|van|taxi)",
      "(?:something|sumthin|summat|somethin) (?:bad )?(?:will|would|'?ll|is gonna|is going to|gonna|might) happen to (?:me|my|us|him|her)",
      `(?:if|unless) (?:i|we|u|you)(?: (?:don'?t|dont|do not|won'?t|wont|dnt|didn'?t))? ~ (?:${WILL}) (?:hurt|kill|beat|stab|come|get|find|tell|send|post|share|show|leak|do)`,
    ],
    within:
      "(?:if|unless) (?:i|we|u|you)|or (?:else|he|she|they)|otherwise|says|said|threat*|rn|right now|now|scared|forc*|made|make|tried|trying",
  },
  {
    category: "immediate-danger",
    unless: "mum|mom|mam|dad|nan|grandma|grandad|my lift|pick (?:me|us) up",
    patterns: [
      "(?:he|she|they|someone|somebody|sum1|a man|a guy|people|he'?s|she'?s|they'?re|hes|shes|theyre) ~ (?:parked|waiting|sat|sitting|standing|hanging around|stood|lurking) ~ (?:for (?:me|us)|(?:outside|at|by|near|round|in front of) (?:my|our) (?:house|school|door|flat|gate|gates|home|work|window|college))",
    ],
  },
  {
    category: "sextortion-image-abuse",
    patterns: [
      `(?:${WILL}) (?:send|post|share|leak|show|expose|spread|upload|put|airdrop|forward) (?:up |out |online )?(?:the |my |those |these |them |all |all my |all the |his |her )?(?:${IMAGES})`,
      `(?:${IMAGES}) (?:of (?:me|us|her) )?(?:in (?:my|your|ur|her) (?:underwear|bra|pants|knickers|boxers|bikini|swimsuit)|(?:with|wearing) (?:no clothes|nothing)|without (?:any |my |your |ur )?clothes|with my (?:top|clothes) off)`,
      `(?:edited|fake|photoshopped|ai|doctored) (?:${IMAGES}) (?:of|about) (?:me|us|her|my)`,
    ],
  },
  {
    category: "sextortion-image-abuse",
    within:
      "naked|nude|undress*|(?:top|clothes|shirt|trousers|pants|bra|shorts|knickers|joggers) (?:off|down)|changing|toilets?|shower|bathroom|without (?:my |any )?(?:clothes|top)|in my (?:underwear|bra|pants)",
    patterns: [
      "(?:filmed|filming|recorded|recording|videoed|videoing|took (?:a )?(?:video|pics?|photos?) of|snapped) (?:it|me|us|her|them|everything|the whole thing)",
    ],
  },
  {
    category: "sexual-abuse",
    patterns: [
      "(?:made|make|makes|making|forced|force|forces|tried to make|told|tell|tells|pressured) (?:me|us|her|him|{friend}) (?:to )?(?:take|took|pull|strip) (?:off )?(?:(?:my|our|her|his|their|all my|all our|all her) )?(?:top|clothes|shirt|t ?shirt|trousers|pants|knickers|bra|underwear|skirt|jeans|joggers|hoodie|dress|shorts|kit)(?: off)?",
      "(?:cornered|trapped|pinned|held) (?:me|us|her) (?:in|against|down in) (?:the )?(?:toilets?|changing rooms?|showers?|bathroom|corner|room|bedroom|alley)",
    ],
  },
  {
    category: "sexual-exploitation",
    patterns: [
      "(?:give|giving|gave|pay|paid|buy|bought|send|sent|get) (?:me|us|her|him) (?:some |free |loads of )?(?:robux|v ?bucks|vbucks|gift ?cards?|skins|game credit)",
      "(?:robux|v ?bucks|vbucks|gift ?cards?|skins|credit|money|cash) (?:for|if (?:i|we) (?:send|sent|do|show)) (?:pics|photos|pictures|nudes|videos|a video|a pic|stuff|things)",
    ],
    unless: "{parent}|birthday|christmas|chores",
  },
  {
    category: "relationship-abuse",
    within: "{partner}",
    patterns: [
      `(?:threat*|says?|said|keeps saying|will|${WILL}) ~ (?:kill|hurt|harm|cut|top|end) (?:himself|herself|themselves|hisself)`,
      "(?:read*|check*|go* through|went through|look* through|look* at) (?:all |all of |every one of )?(?:my|me) (?:phone|messages|texts|dms|chats|snaps?|emails|notifications)",
      "(?:unless|until|if) (?:i|we) (?:don'?t |dont )?(?:get|getting|go|come) back (?:together )?(?:with|to) (?:him|her|them)|threat* (?:to )?(?:send|post|share|show|leak|tell|expose)",
    ],
  },
  {
    category: "radicalisation",
    patterns: [
      "(?:ethnic |racial )?cleans(?:e|ing|ed) (?:the|our|this) (?:country|town|streets|nation|area|race)|(?:country|nation|town|race) (?:needs?|must|should) (?:be )?(?:cleansed|cleansing|purif*|purg*)",
      "(?:our|my) (?:people|race|kind|nation|brothers) (?:need*|must|should|have to|has to|are going to|will) ~ (?:rise up|fight|fight back|wake up|take back|defend|arm|prepare|stand up)|rise up and fight|race war|holy war|day of reckoning",
      "one of (?:their|our|his|the) (?:soldiers?|warriors?|foot soldiers?)|(?:their|our|his) (?:soldiers?|warriors?) now",
      "(?:make|making|build|building|made) (?:a |some )?(?:bombs?|explosives?|pipe bombs?|ieds?|things (?:go )?boom|stuff (?:go )?boom|things explode|stuff explode)|(?:go|goes|going) boom",
      `(?:fight|fighting|attack|attacking|rise up|war|stand up|act|violence) (?:against|on) (?:all )?(?:the )?(?:${OUTGROUP})`,
      "(?:group|channel|server|chat|discord|telegram|they|he|she|someone|people) ~ (?:invited|invites|asked|asks|wants|wanted|told|tells|took|takes|brings|brought) (?:me|us|my [a-z]+) (?:to )?(?:(?:come|go|meet) (?:to|at|in|them|up)|(?:a|their|the|secret) (?:meetings?|meet ?ups?|rally|rallies|march|gathering|camp|training))",
      "(?:make|making|film|filming|post|posting|spread|spreading) (?:videos?|content|posts?|memes|propaganda|stickers|leaflets|flyers) (?:for|about) (?:them|the (?:group|cause|movement)|their (?:group|cause|channel|movement))",
    ],
    within: `{extreme}|{targets}|fight|rise up|cleans*|soldier*|bomb*|boom|explosiv*|the cause|our people|war|group|server|channel|telegram|discord|meetings?|weapons`,
  },
  {
    category: "criminal-exploitation",
    patterns: [
      "(?:i'?m|im|i am|i was|we'?re|we are|he'?s|hes|she'?s|shes|he is|she is|{friend}'?s|{friend} is|put (?:me|us|him|her)|got (?:me|us|him|her)) (?:now )?on (?:(?:their|his|her|them man'?s) (?:line|lines|phone|phones|shifts)|(?:the|a) (?:line|lines))",
      "(?:have to|had to|got to|gotta|has to|must|made me|makes me|make me|told me to|tell me to|meant to) (?:always )?(?:answer|pick up|carry|keep) (?:the|a|their|his|this) (?:phone|line|calls|burner)",
      `(?:${GANG}) ~ (?:said|says|saying|sayin|say|reckon|told) (?:that )?(?:i|im|i'?m|we|he|she|my [a-z]+) ~ (?:owe*|line|work|sell|run|belong|theirs|one of them)`,
      "(?:asked|asks|ask|asking|told|tells|wanted|wants|paid|pay|offered) (?:me|us|you|him|her|{friend}) (?:to )?(?:carry|hold|hide|keep|take|deliver|drop off|move|bring|look after) (?:something|summat|a package|a parcel|a bag|packages|parcels|bags|stuff|things|it|this|that) (?:for|to|round|across|somewhere)",
      `(?:carr*|deliver*|tak*|took|drop*|run*|driv*|mov*|ferr*) ~ (?:packages?|parcels?|packs|bags|stuff|boxes|food|things) ~ (?:for|to) (?:some |these |the |them )?(?:${GANG}|(?:older|grown) (?:boys|lads|guys|men|people))`,
      "(?:can'?t|cant|cannot|not allowed to|won'?t let (?:me|us|him|her)|scared to|too scared to) (?:stop|quit|get out|leave|say no|walk away|back out)",
    ],
    within:
      "owe*|debt|drugs|weed|sell*|deal*|olders|elders|gangs?|package*|parcel*|burner|trap|county|shott*|for them|for him|their line",
  },
];
