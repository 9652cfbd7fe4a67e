import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

// Cues that disclose harm together, in any order and wording: someone who could hurt, an act of harm,
// and the writer (or someone close). "my dad drinks and then he gets angry and throws me against the
// wall" has no fixed phrase, but has all three. Each hit is still checked for negation and teaching.
const ACTOR =
  "he|she|they|him|her|them|someone|somebody|sum1|some1|people|dad|daddy|father|mum|mom|mam|mother|step ?dad|step ?mum|stepfather|stepmother|brother|sister|uncle|aunt|cousin|grandad|nan|carer|boyfriend|girlfriend|bf|gf|partner|ex|coach|teacher|man|men|guy|guys|lads|boys|girls|gang|older";
const WRITER = "me|my|us|i|i'?m|im|myself|our";
const ADULT = "man|men|older|adult|guy|bloke|stranger|[2-9][0-9] ?(?:yo|y o|year old|yr old|years old)|grown";
const ONLINE =
  "online|insta|instagram|snap|snapchat|tiktok|roblox|discord|fortnite|xbox|whatsapp|facebook|met on|internet|game";

/** English: co-occurring cues for physical and sexual abuse, grooming and image abuse. */
export const EN_COOCCURRENCE_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "physical-abuse",
    within: [ACTOR, WRITER],
    patterns: [
      "hits|hitting|hit me|punch*|kicks|kicked|kicking|slap*|smack*|strangl*|chok*|throttl*|shov*|batter*|beats|beating|beat me|bruis*|black eye|bleeding|whack*|thump*|headbutt*",
      "(?:threw|throws|throw|throwing|chucked|slammed|slams|shoved|pushed|pinned) (?:me|us|my [a-z]+) (?:against|into|onto|on|down|across|off|out)",
    ],
  },
  {
    category: "sexual-abuse",
    within: [ACTOR, WRITER],
    patterns: [
      "touch* (?:me|my|us|her|him)|grop*|fondl*|molest*|undress*|naked|private parts|privates|rape*|rapist",
    ],
  },
  {
    category: "sexual-exploitation",
    within: ADULT,
    patterns: [
      "(?:gives|gave|give|giving|buys|bought|buying|offers|offered|offering) (?:me|us)(?: and (?:my [a-z]+|me|her|him))? (?:free |lots of |loads of )?(?:sweets|money|cash|gifts?|presents?|alcohol|drink|drinks|vodka|weed|vapes?|cigs|cigarettes|lifts?|rides?|phones?|food|stuff|things)",
      "picks? (?:me|us|her) up|picked (?:me|us|her) up|drives? (?:me|us|her) (?:around|home|places)",
      "(?:asks|asked|wants|wanted|invites|invited|told|tells|tries to get|tried to get) (?:me|us) (?:to )?(?:come|go|get|step) (?:in|into|inside|round|over|up|back|with (?:him|her|them)|to (?:his|her|their))",
    ],
  },
  {
    category: "sexual-exploitation",
    within: "(?:i'?m|im|i am) (?:only )?(?:1[0-7]|[89]|eleven|twelve|thirteen|fourteen|fifteen|sixteen)",
    patterns: [
      "(?:1[89]|[2-9][0-9]) ?(?:year old|yr old|yo|y o|years old)|(?:he'?s|she'?s|hes|shes|he is|she is) (?:1[89]|[2-9][0-9])",
    ],
  },
  {
    category: "sexual-exploitation",
    within: ONLINE,
    unless: "group|server|channel|meetings?|rally|soldiers?|the cause|fight|{extreme}",
    patterns: [
      "(?:wants?|wanted|asked|asks|keeps asking|kept asking|begging) (?:me |us )?(?:to )?meet(?: up| me| him| her)?",
      "(?:sent|send|sends|bought|buys|paid for|pay for|pays for) (?:me )?(?:a )?(?:train|bus|taxi|uber|coach) (?:ticket|fare)?|(?:go|come) (?:and )?(?:see|meet|visit|stay with) (?:him|her|them)",
    ],
  },
  {
    category: "criminal-exploitation",
    within: "sell|selling|deal|dealing|drugs|shotting|the line|county|the olders|for them",
    patterns: [
      "(?:sent|send|sends|sending|taken|take|takes|made to go|make me go|made me go) (?:me |us )?to (?:a |an |another |some |this |different )?(?:house|flat|town|city|place|address|area)s?",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    within:
      "work*|job|shifts?|labou?r|building sites?|car ?wash|nail bar|farm|factory|kitchen|cleaning|restaurant|takeaway",
    patterns: [
      "(?:don'?t|dont|never|do not|doesn'?t|didn'?t) (?:get|got|gets|receive|see) (?:any |a penny|paid|money|wages|pay)|unpaid|for nothing",
      "(?:have to|had to|made to|forced to|taken|sent) (?:go |travel |move )?(?:to|between) (?:different|other|lots of|loads of) (?:cities|towns|places|houses|countries|areas)",
    ],
  },
  {
    category: "sextortion-image-abuse",
    patterns: [
      "(?:sent|send*|shar*|post*|spread*|show*|showed|forward*|airdrop*|upload*) ~ (?:a |the )?(?:videos?|vids?|pics?|photos?|pictures?|screenshots?|recordings?|snaps?) of (?:me|us|her|my)",
      "screenshot* (?:my|me|our) (?:snaps?|pics?|photos?|messages?) ~ (?:threat*|send|post|share|show)",
    ],
  },
];
