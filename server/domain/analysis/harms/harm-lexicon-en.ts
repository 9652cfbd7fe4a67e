import type { HarmId } from "../analysis-types";
import { EN_MACROS } from "../disclosure/lexicon-en-macros";
import type { Lexicon } from "../disclosure/lexicon-types";

// Topic words: what a text is ABOUT, whether or not it discloses anything ("there's loads of knife
// crime in town" is about serious youth violence). Disclosures add harms too (disclosure-harms.ts).
const ONLINE =
  "online|on ?line|internet|social media|socials|snapchat|snap|insta|instagram|tiktok|tik tok|facebook|fb|whatsapp|discord|roblox|fortnite|minecraft|xbox|playstation|ps[45]|gaming|games?|game chat|chat ?rooms?|group ?chats?|omegle|telegram|youtube|twitch|twitter|reddit|apps?|live ?stream*|websites?|the web|dms?|messag*|texts?|texting|fake accounts?|comments?";
const DRUG_WORDS = "drugs|weed|coke|crack|heroin|sell|selling|deal|dealing|gang|gangs|county|lines|dealers?";

/** English harm-topic lexicon. */
export const HARMS_EN: Lexicon<HarmId> = {
  locale: "en",
  macros: EN_MACROS,
  rules: [
    {
      category: "cse",
      patterns: [
        "(?:child )?sexual(?:ly)? exploit*|cse|sugar dadd*|pimp*|prostitut*|sex work*",
        "(?:older|old|adult|grown) (?:men|man|guys|blokes) ~ (?:girls|young girls|kids|children|teenagers|underage|us)",
        "(?:girls|young girls|kids|children|teenagers|underage) <> (?:older|old|adult|grown) (?:men|man|guys|blokes)",
        "(?:girls|kids|young people|teenagers) ~ (?:picked up|given alcohol|given drugs|taken to parties|exploited) ~ (?:older|men|man)",
      ],
    },
    { category: "cse", unless: DRUG_WORDS, patterns: ["groom*"] },
    {
      // Adults or strangers online asking children for pictures is grooming, whether or not it happened.
      category: "cse",
      within: ONLINE,
      unless: "school|class|year [0-9]+|boyfriend|girlfriend|bf|gf|classmates?",
      patterns: [
        "(?:ask*|asking|begg*|pressur*|want*) (?:me |us |you |kids |children |girls |people )?(?:for|to send) (?:pics|photos|pictures|nudes|selfies)",
      ],
    },
    {
      category: "cce",
      patterns: [
        "county lines?|criminal(?:ly)? exploit*|cce|drug (?:runners?|mules?|dealing|dealers?|lines?|debts?)",
        "(?:sell*|selling|deal|dealing|run|running|carry*|carrying|push*|pushing|shott*) (?:drugs|weed|coke|crack|heroin|for (?:gangs|dealers|the olders))",
        "dealers?|trap ?house*|cuckoo*|going country|go country|going ot|shotters?|shotting|burner phones?|the olders",
        "(?:gangs?|dealers?) ~ (?:recruit*|groom*|use|using|exploit*|target*) ~ (?:kids|children|young people|teenagers|us|me)",
        "(?:kids|children|young people|teenagers|boys|lads) ~ (?:used|made|forced|paid|recruited|groomed) (?:to|into) (?:sell|carry|deal|run)",
        "groom* ~ (?:sell|deal|drugs|gang)",
      ],
    },
    {
      category: "serious-youth-violence",
      patterns: [
        "knife crime|knives|knife|knifes|stab*|gun crime|guns?|shootings?|shooting|(?:got|get|been|was|were|being) shot|shot (?:at|dead|someone|him|her)",
        "gang violence|machetes?|acid attacks?|(?:got|get|getting|gets) jumped|muggings?|mugged|robbed|robbery|robberies",
        "beat (?:up|people up)|beaten up|beating people up|youth violence|serious violence|postcode wars?|merked|shank*|blades?|(?:get|got|getting) battered",
      ],
    },
    {
      // Weapons and fights urged by an extremist group are radicalisation, not youth violence.
      category: "serious-youth-violence",
      unless: "{extreme}|{targets}|rise up|our people|the cause|soldiers",
      patterns: ["weapons?|gangs?|fights?|fighting"],
    },
    {
      category: "serious-youth-violence",
      unless: "domestic|at home|panic|asthma|heart|sexual|sexually",
      patterns: ["violence|violent|attacked|attacks?|assault*"],
    },
    {
      category: "trafficking",
      patterns: [
        "traffick*|smuggl* (?:people|kids|children|girls|me|us)",
        "(?:moved|taken|sent|driven) (?:me|us|them|kids|children|girls) (?:around|between|from place to place|to different)",
        "sold (?:me|us|her|him|kids|children|girls) (?:to|for)|(?:debt|owe) ~ (?:journey|bringing|brought|smuggl*|crossing|the boat|the lorry)",
      ],
    },
    {
      category: "modern-slavery",
      patterns: [
        "slave*|slavery|enslaved|forced labou?r|servitude|cannabis farms?|weed farms?",
        "work* ~ (?:no pay|without pay|for free|for nothing|unpaid|not paid|never paid|no money)",
        "(?:passports?|documents|papers) (?:taken|kept|confiscated|held)|(?:took|kept|keeps|keep|take|takes|taking|holding|hold) (?:my|our|their|his|her) (?:passports?|documents|papers|id)",
        "(?:nail bars?|car wash(?:es)?) ~ (?:forced|no pay|kids|children|slave*|exploit*|passports|locked)",
      ],
    },
    {
      category: "online-abuse",
      within: ONLINE,
      patterns: [
        "strangers?|people (?:i|you) don'?t know|randoms?|random (?:people|men|guys|adults)|older (?:men|man|guys|people)|adults?|creeps?|creepy|weirdos?|pervs?|perverts?|paedos?|pedos?|predators?|nonces?",
        "(?:send|sent|sends|ask*|asking|begg*|pressur*) (?:me |us |you |kids |children |girls |people )?(?:for )?(?:pics|photos|nudes|pictures|selfies)|friend requests? from",
        "(?:tell*|told|say*|sayin|messag*|comment*) (?:me )?(?:to )?(?:go )?kill (?:my|ur|your|yo) ?self",
        "kys|kill (?:yourself|urself)|harass*|bull*|troll*|hate|abuse|abusive|threat*|blackmail*|scam*|hack*|groom*|nudes|sext*|pressur*|stalk*|rude|nasty|mean|horrible|explicit|inappropriate|disturbing|porn|gore",
      ],
    },
    {
      category: "online-abuse",
      patterns: [
        "cyber ?bull*|catfish*|sextortion|trolls?|trolling|online (?:abuse|bullying|grooming|harassment|predators?|hate|threats?|safety)",
        "hate comments|(?:hacked|hacking) (?:my|me)|deep ?fakes?|fake nudes|revenge porn|leaked (?:nudes|pics)",
      ],
    },
    {
      category: "relationship-abuse",
      patterns: [
        "(?:abusive|controlling|toxic|possessive|violent|jealous|coercive) (?:relationships?|boyfriends?|girlfriends?|partners?|exes|ex|bf|gf)",
        "(?:relationship|dating|teen dating|teenage relationship) (?:abuse|violence)|coercive control",
        "(?:boyfriends?|girlfriends?|partners?|bf|gf) ~ (?:control*|check* (?:their|your|her|his|my) phones?|hit*|abus*|jealous*|track*|possessive)",
      ],
    },
    {
      category: "bullying",
      patterns: [
        "bull(?:y|ies|ied|ying|yin|ys|yed|eid|ing|ie)|bulli(?:ed|es|ng)|bulling|cyber ?bull*",
        "pick* on (?:me|him|her|them|us|people|kids|others|other kids|younger)|name ?calling",
        "call* (?:me|him|her|us|people|them|each other) (?:a )?(?:names|fat|ugly|gay|stupid|weird|loser|freak|horrible|nasty|slag|slut|whore|sket|hoe|bitch|retard)",
        "(?:go )?kill (?:ur|your|yo) ?self|go die|(?:tell*|told|say*|sayin|messag*|comment*) (?:me )?(?:to )?(?:go )?(?:kill (?:my|ur|your|yo) ?self|die)|laugh* at (?:me|us|him|her)|(?:leave|left|leaving|leaves) (?:me|us|him|her) out|exclud*|teas* (?:me|us|him|her)|mock*|kys",
        "(?:racist|homophobic|transphobic) (?:abuse|comments|names|remarks|bullying|slurs)|racism|homophobia|slurs?",
        "(?:kids|people|boys|girls|older kids|year [0-9]+s?) ~ (?:hit|hits|push*|kick*|punch*|trip*|spit|spat|throw*|slap*|hurt*|threaten*|shove*) (?:me|us|him|her|people|kids|each other|others|younger)",
        "(?:mean|nasty|horrible|rude) (?:to|about) (?:me|us|him|her|people|others)|(?:spread*) rumou?rs|rumou?rs about",
      ],
    },
    {
      category: "child-on-child-sexual-harm",
      patterns: [
        "upskirt*|(?:pic|pics|photo|photos|picture|pictures|video|videos) (?:up|under) (?:my|her|girls'?|our|their) (?:skirts?|dress|dresses)",
        "sexual (?:comments|remarks|jokes|names|harass*|bullying)|sexually harass*|sexualised (?:names|comments|bullying)|harmful sexual behaviou?r|hsb|rape jokes?",
        "(?:slut|slag|whore|sket|hoe|frigid) ?(?:shaming|shamed)|call* (?:me|us|her|girls) (?:a )?(?:slut|slag|whore|sket|hoe|frigid)",
        "bras? (?:snapping|pinging|twanging)|(?:snap*|ping*|twang*) (?:my|our|her|girls'?) bras?|peer on peer|child on child",
        "(?:nudes|nude pics|pics|photos|videos) ~ (?:shared|sent|going|passed|spread|around) ~ (?:school|class|year|group ?chat|pupils|students|everyone)",
        "(?:boys|lads|pupils|kids|students|people|a boy|a lad|classmates?) ~ (?:touch*|grab*|grop*|slap*|pinch*|lift*|pull* up|pull* down) ~ (?:bums?|butts?|ass|arse|boobs|chest|breasts|skirts?|bras?|girls|privates|thighs|trousers)",
        "(?:send|sending|sent|share|sharing|shared|asking for|ask for|asks for) nudes? ~ (?:at school|in (?:my|our) (?:class|year)|boys|girls|pupils|classmates)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        "radicali[sz]*|{extreme}|prevent (?:programme|referral|team)|channel panel|hate (?:groups?|preachers?)|propaganda",
        "racist (?:groups?|gangs?|stickers|leaflets|marches|graffiti)|andrew tate|manosphere|red ?pill",
      ],
    },
  ],
};
