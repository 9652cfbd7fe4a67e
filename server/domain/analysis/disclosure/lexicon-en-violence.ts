import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

const WEAPON_SUBJECT =
  "i|i'?ve|ive|i'?m|im|i am|we|{friend}|he|she|they|he'?s|she'?s|they'?re|someone|somebody|sum1|some1|a boy|a lad|a girl|a kid|(?:kids|boys|lads|people|girls|someone|somebody|sum1) (?:at|in|from|on) (?:my|our|the) (?:school|class|year|estate|street|road|bus|area|park)";

/** English: violence and weapons, sextortion and image-based abuse. */
export const EN_VIOLENCE_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "violence-weapons",
    patterns: [
      "(?:got|been|was|were|nearly|almost|(?:i|we|{friend}) (?:get|gets|keep getting|keeps getting|am getting|is getting)) (?:stab*|shank*|shot|knif*|slash*|jump*|rush*|bottl*|glassed|glassd|batter*|beaten up|beat up|merk*|ripped|robb*|mugg*|attack*|kicked in|cut up|chas*|shot at|threatened with a knife)",
      "(?:stab*|stabed|stabbd|shank*|knifed|slash*|shoot|shot|jumped|rushed|bottled|glassed|merked|mugged|robbed|battered|attacked) {victim}",
      "beat {victim} up|beat up {victim}|beaten up|beat up|beating {victim} up|beats {victim} up",
      `(?:${WEAPON_SUBJECT}) (?:(?:always|sometimes|now|still|also|even|usually|often|has|have|had|been|used to|started|starts|start|starting|to|gonna|going to|will|would|do|does|did|might|could|is|are|was|were|got|gotta|secretly) )?(?:(?:always|sometimes|now|still|also|even|usually|often|has|have|had|been|to|started|starting|got) )?(?:carry*|carries|bring*|brought|ha[sd]|have|got|keep*|kept|hide*|hid|pull*|flash*|show*|showed|wav*|took|take*) (?:a |an |his |their |her |my |out a |out his |out )?{knife}`,
      "{knife} (?:to|at|on|against|in) (?:my|me|his|her|him|us|our)",
      "(?:held|hold|holds|put|puts|pointed|points|point|pulled|pulls|pull|waved|waves|showed|shows|flashed|flashes) (?:a |an |the |his |their )?{knife} (?:to|at|on|out|in front of)",
      "(?:threaten*|threatning) (?:me |us |him |her |my [a-z]+ )?(?:with|to) (?:a |an )?(?:{knife}|stab|shoot|cut|shank|jump|batter|beat|kill|merk|wet)",
      "(?:gonna|going to|gna|gunna|will|want to|wants to|said (?:they|he|she)(?:'?d|'?ll| would| will)|threaten* to|tryna|trying to|tried to) (?:stab|shank|shoot|jump|batter|merk|wet|cut|slash|beat up|rush|bottle|kill) (?:me|us|my|him|her)",
      "(?:they|he|she|theyre|they'?re|he'?s|she'?s)(?:'?ll| will| would|'?d| are gonna| is gonna| gonna| are going to| is going to) (?:stab|shank|shoot|jump|batter|merk|wet|cut|slash|beat up|beat|rush|bottle|kill) (?:me|us|my)",
      "(?:forced|made|make|makes|force|forces|forcing|pressured) (?:me |us )?to fight|(?:get|got|being|been) (?:forced|made) to fight",
      "acid (?:attack|attacks|in|on|at)|(?:threw|throw|chuck|chucked|throws) acid|corrosive",
      "(?:gang|gangs|opps|opp|a gang|the gang|the olders|olders) ~ (?:after me|chasing me|chased me|jumped me|beat me|threaten*|looking for me|want me dead|wants me dead)",
      "(?:stabbing|shooting|stabbings|shootings) (?:near|outside|by|on|at|in) (?:my|our) (?:house|home|school|street|road|flat|estate)",
      "(?:i|we|{friend}) (?:saw|seen|witnessed|watched) (?:someone|somebody|sum1|a (?:boy|lad|man|kid|girl|guy)|him|her|my [a-z]+) (?:get |getting |being )?(?:stabbed|shot|stabed|beaten|killed|battered|jumped)",
      "{knife} (?:for|as) (?:protection|self ?defen[cs]e)",
    ],
  },
  {
    category: "sextortion-image-abuse",
    patterns: [
      "(?:shar*|post*|leak*|sent|send*|spread*|upload*|show*|showed|expos*|screenshot*|circulat*|pass* (?:around|round)|put|putting|puts|forward*|airdrop*) ~ {nudes}",
      "{nudes} ~ (?:shar*|post*|leak*|sent round|sent around|gone round|going round|going around|everywhere|online|all over|around (?:the )?school|in (?:the|a) group ?chat)",
      "(?:pay|send (?:him |them |her )?(?:more|money|cash|gift ?cards?|robux|v ?bucks)|give (?:him|them|her|me) (?:money|cash)) (?:or|otherwise|else)",
      "(?:unless|if (?:i|u|you) (?:don'?t|dont|do not|dnt)) (?:i |u |you )?(?:send|pay|give|do)",
      "(?:send*|sent|post*|shar*|leak*|show*|expos*|spread*|upload*) ~ (?:my|our) (?:pics?|photos?|pictures?|videos?|vids?|snaps?)",
      "(?:post*|shar*|leak*|expos*|spread*|upload*) ~ me (?:pics?|photos?|pictures?|videos?|vids?|snaps?)",
      "(?:or|otherwise|else) (?:he'?ll|they'?ll|she'?ll|he will|they will|she will|he'?s gonna|they'?re gonna|they'?d|he'?d|she'?d|he is going to|they are going to|it'?ll|theyll|shell|hell) (?:post|share|send|leak|show|expose|put|spread)",
      "(?:threaten*|threatning|blackmail*|blackmale*|sextort*|extort*) ~ (?:post|share|send|leak|show|expose|pics?|photos?|pictures?|nudes|videos?|money|pay|tell)",
      "blackmail* (?:me|us|her|him|my)|(?:being|been|getting|got|was|am|i'?m|im) (?:blackmailed|blackmaild|sextorted|extorted)|sextort*",
      "(?:he'?s|he has|she'?s|she has|they'?ve|they have|someone has|someone'?s|sum1 has|they|he|she|has|have|hes|shes|theyve) (?:got )?(?:pics?|photos?|pictures?|videos?|vids?|nudes|screenshots?|a video|a vid|a pic|a photo|recordings?) (?:of me|of us|of her|of my)",
      "(?:ask*|keeps asking|kept asking|wants?|wanted|pressur*|begg*|beg|made|make|makes|forc*|tell*|told|push*|demand*) ~ (?:me )?(?:for |to send |send |to take |take )?(?:{nudes}|pics of (?:my|me) (?:body|naked|in)|pictures of my body|a pic of my (?:body|boobs|bum|chest))",
      "(?:pic|pics|photo|photos|picture|pictures|video|videos|vid|vids) (?:up|under) (?:my|her|girls'?|our) (?:skirt|dress)|upskirt*",
      "deep ?fake*|fake nudes|ai nudes|nudif*|undress app|edited (?:pics?|photos?|pictures?) of me|photoshopped (?:me|my)",
      "(?:sent|sends|send|sending|showed|shows|airdropped) (?:me|us) (?:a |his |her )?(?:dick pics?|dic pics?|d pics?|pics? of (?:his|her) (?:dick|willy|penis|privates|bits|body|junk)|porn|naked (?:pics?|photos?|videos?))",
      "(?:sending|sends|sent|send|showing|shows|showed|show) (?:me |us )?(?:stuff|things|pics|videos|vids|pictures|photos|images) (?:i|that i|we) (?:don'?t|dont|didn'?t|didnt|do not) (?:want|wanna|like|ask for|asked for)",
      "(?:took|take|takes|taking|filmed|filming|recorded|recording|snapped) (?:a )?(?:photo|photos|pic|pics|picture|pictures|video|videos|vid) of (?:me|us|her) (?:getting changed|changing|naked|in the shower|undressed|in my underwear|on the toilet)|(?:filmed|recorded) (?:me|us|her) (?:getting changed|changing|naked|in the shower)",
      "(?:takes?|took|taking|film*|record*|snap*) (?:pictures?|pics?|photos?|videos?|vids?|a video|a pic|a photo)? ?of (?:me|us|her) ~ (?:bath|shower|naked|getting changed|changing|undressed|in bed|asleep|sleeping|underwear|toilet)",
      "(?:mak*|made|forc*|pressur*) (?:me|us) (?:to )?send (?:him |her |them )?(?:pictures|pics|photos|videos|vids|snaps)",
      "dick pics?|dic pics?|(?:i'?ve been|i was|been|i am|im|i'?m) sexting",
    ],
  },
];
