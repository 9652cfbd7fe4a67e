import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

/** English: immediate danger, self-harm and suicide, going missing. */
export const EN_DANGER_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "immediate-danger",
    patterns: [
      "(?:please|pls|plz|plse|pleas|plez|someone|somebody|sum1|some1) (?:help|hlp|halp)(?: me| us)?",
      "(?:help|hlp) (?:me|us) (?:please|pls|plz|now|asap|quick)",
      "(?:i|we) (?:need|want) help (?:now|asap|urgently|please|pls|plz|right now|fast|quick)",
      "(?:i'?m|im|i am|we'?re|we are|i feel|feel|i'?m so|im so) (?:in danger|scared for my life)",
      "(?:scared|fear|feared|fearing) for my life",
      "(?:going|gonna|gna|gunna|is going|are going|will|wants to|want to|tryna|trying to|tried to|threaten* to|threatning to|said (?:he|she|they)(?:'?ll|'?d| would| will)) (?:to )?(?:kill|murder|hurt|stab|shoot|rape) (?:me|us|my (?:mum|mom|family|sister|brother|little brother|little sister))",
      "(?:he|she|they|someone|sum1|some1|a man|a guy|people|a car|a van|he'?s|she'?s|they'?re|hes|shes|theyre) (?:is |are |was |were |keeps |kept |keep )?(?:following|followin|followed|follows|stalking|stalks|watching|waiting for|waitin for|coming for|looking for|after) (?:me|us|my house)",
      "follow* (?:me|us) (?:home|everywhere|around|from school)",
      "(?:outside|at) (?:my|our) (?:house|door|window|flat) (?:right )?(?:now|rn)",
      "(?:know|knows|found out|find out) where (?:i|we) live",
      "(?:scared|scard|skared|scarred|afraid|frightened|terrified|feared|fear|worried|nervous|petrified|dread|dreading|don'?t want|dont wanna|don'?t wanna|dnt want|do not want|hate) (?:to |2 |t |of )?(?:go|going|goin|get|getting|be|being|gettin) (?:back )?(?:home|at home|back home|in my house|in the house)(?! (?:in the dark|at night|alone|through|from|via|by bus|on my own|on the bus|after dark|late|when it'?s dark|across|past|along|down the|the long way|because of the|cos of the))",
      "(?:can'?t|cant|cannot|can not) (?:go|get) (?:back )?home",
      "(?:not|don'?t|dont|never|dnt|do not) (?:feel |feeling |feels )?safe (?:at|in) (?:home|my house|my home|my own home|the house)",
      "unsafe (?:at|in) (?:home|my house|the house)",
      "(?:locked|lock|locks|locking|shut|shuts) (?:me|us) (?:in|inside|up|out|in my room)",
      "kidnap*|abduct*|(?:dragged|pulled|bundled|forced) (?:me |us )?into (?:a|the|his|their) (?:car|van)",
      "(?:i'?m|im|i am|i feel|feel|being|been|kept|keep me) trapped",
    ],
  },
  {
    category: "immediate-danger",
    unless: "{parent}|after dark|at night|late|on my own|alone|till|until",
    patterns: [
      "(?:won'?t|wont|will not|don'?t|dont|doesn'?t|doesnt|never) let (?:me|us) (?:leave|go home|go out|out|escape)",
    ],
  },
  {
    category: "self-harm",
    patterns: [
      "(?:kill*|kil|kiling|killin|hurt*|harm*|cut|cuts|cutting|cuttin|cutin|starv*|burn*|punish*|unalive|end|ending|hang|hanging|drown|drowning|poison|shoot|suffocat*|strangl*|stab) {myself}",
      "(?:hate|hating|h8|hurt|hurting) {myself}",
      "(?<![0-9] ?)kms|kmsl|k\\.m\\.s",
      "{want} (?:to |2 |t )?(?:die|dye|be dead|b dead|end it all|end my life|end everything|not exist|not be here|not be alive|disappear|never wake up|not wake up|sleep forever|be gone forever|stop existing|kill {myself}|unalive {myself})",
      "(?:don'?t|dont|dnt|do not|didn'?t|never|no longer) (?:want|wanna|wana|wnt|wish) (?:to |2 )?(?:be alive|exist|wake up|live anymore|live any more|be here anymore|be here any more|be here no more|carry on|go on|live(?! (?:here|in|there|near|with|at|by|like)))",
      "wish(?:ing)? (?:i|i'?d) (?:was|were|had|could|would) (?:dead|never born|not born|gone|not here|not alive|die|disappear|been dead|never been born)",
      "wish i (?:was|were)n'?t (?:alive|born|here)",
      "better off (?:dead|without me|if i (?:was|were) dead|if i wasn'?t here)",
      "(?:everyone|everybody|they|people) (?:would be|is|will be|are|would|d) better (?:off )?without me",
      "(?:happier|better off|better) (?:if|when) i (?:disappeared|was gone|were gone|died|wasn'?t here|weren'?t here|was dead|were dead|left forever|never existed)",
      "(?:i|i'?ve|ive|i have|been|i was|i am|i'?m|im|started|start|keep|kept|still) (?:been )?(?:cutting|cuttin|cutin|self ?harming|burning myself|scratching myself|hitting myself)",
      "cut* (?:my|me) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hips?)",
      "overdos*|od'?d|took (?:too many|loads of|a load of|a bunch of|all my|all the|a whole pack of|a box of) (?:pills|tablets|paracetamol|meds|medication)",
      "jump (?:off|in front of|from) (?:a|the|that) (?:bridge|building|train|roof|car|cliff|bus|multi ?storey)",
      "no (?:reason|point) (?:to|in|of) (?:living|live|life|being alive|going on|carrying on|being here)",
      "(?:can'?t|cant|cannot|can not) (?:go on|take it anymore|take it any more|take this anymore|cope anymore|cope any more|do this anymore|do it anymore|keep going|carry on) ?(?:anymore)?",
      "take my (?:own )?life|end my life|end it all|ending it all|end everything",
      "unaliv*",
      "(?:life|living) (?:is|isn'?t|isnt|aint|ain'?t) (?:not )?worth (?:living|it)",
      "(?:thoughts?|thinking|think|thought) (?:of|about) (?:dying|ending it|being dead)",
    ],
  },
  {
    category: "self-harm",
    // Talk about services for others is not a disclosure; a bare "self-harm" answer still is.
    unless:
      "(?:teenagers|young people|people|kids|children|students|pupils|those|anyone|others) who|(?:support|services|help|counselling) for|awareness",
    patterns: [
      "sui ?cid*|sucid*|suisid*|suicd*|suiced*|suside|suiside|sewerslide|s[u]?[i1]c[i1]de",
      "self ?harm*|self ?injur*|self ?hurt*|selfharm*|self ?harmin",
      "(?:telling|tell|told|tells) (?:me )?(?:to )?(?:kys|kill (?:myself|urself|yourself)|go die)",
    ],
  },
  {
    category: "missing",
    patterns: [
      "(?:ran|run|running|runnin|runned|run off|ran off|runaway|run away|ran away|running away|keep running|kept running|wanna run|want to run|going to run|gonna run) (?:away )?(?:from|frm) (?:home|my house|care|my foster|foster|the placement|my placement|the children'?s home|the home|my mum'?s|my dad'?s|the unit|my family)",
      "(?:ran|run|running|runnin|runned|keep running|kept running|wanna run|want to run|going to run|gonna run) away",
      "(?:went|gone|go|goes|going|been|keep going|kept going|reported|report me|reported me|reported him|reported her) (?:as )?missing",
      "(?:i|we|he|she|{friend}) (?:was|were|is|am|has been|have been) (?:reported )?missing (?:for|from|again|overnight|since)",
      "(?:didn'?t|didnt|did not|don'?t|dont|haven'?t|havent|have not|not|never|wouldn'?t|won'?t) (?:go|come|gone|been|went|going|coming|get|got) (?:back )?home (?:for|in|all) (?:days|ages|a week|weeks|a few days|two days|three days|[0-9]+ days|nights?|the night|all night|the weekend|a couple of days|a couple days)",
      "(?:stay*|slept|sleep*|kip*|crash*|stop*|live|living) (?:at|in|with|round|over at|over) (?:a |an |some |this )?(?:stranger'?s?|strangers'?|someone i (?:don'?t|dont|didn'?t) know|some (?:guy|man|bloke|lad)'?s?|(?:an )?older (?:guy|man|boy|lad|bloke)'?s?|(?:a |this )?(?:man|guy|bloke)'?s (?:house|flat|place)|random (?:people|peoples|person|house|flat|guy|man)'?s?|(?:a |the )?dealer'?s?|a trap|their (?:house|flat|place)|people i (?:don'?t|dont) know)",
      "(?:sleep*|slept|living|live|stay*|kip*) (?:on the streets?|rough|outside all night|(?:in|on) (?:(?:a|the|my|his|her|their|some|someone'?s|friends?|friend'?s|mates?|mate'?s) ){0,2}(?:car|van|tent|stairwell|garage|shed|bus station|doorway|park|street|bench))|sofa surf*",
      "(?:kicked|thrown|chucked|threw|kick|throw|chuck|kicks|throws) (?:me|us) out",
      "(?:nowhere|no where) (?:to )?(?:go|sleep|stay|live)",
      "(?:haven'?t|havent|have not|hasn'?t|hasnt|not|never) (?:been|gone|slept|come|stayed) (?:back )?home (?:since|for|in)",
      "(?:don'?t|dont|do not|never) (?:sleep|stay|go) (?:at )?home (?:most|some|many|a lot of) nights?|stay* with (?:people|someone|a guy|men|blokes) (?:i|we) (?:meet|met|just met|don'?t know|dont know)",
      "(?:out|stayed out|stay out|stays out|was out) all night|(?:sleep*|slept|stay*|crash*) (?:at|in) (?:different|other|random) (?:people'?s|peoples|houses|places|flats)",
      "(?:police|cops|feds) (?:found|brought|took|bring) (?:me|us|him|her) (?:back|home)",
      "(?:don'?t|dont|didn'?t|didnt) know where (?:i|she|he) (?:was|is|am|went|slept|sleeps|had been)",
      "missing (?:person|from home|from care|episodes?)",
    ],
  },
];
