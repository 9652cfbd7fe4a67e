import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

// Indirect disclosures: what children say when they have no word for it ("he does things to me"),
// hopelessness short of the word suicide, and the warning signs parents and carers report.
const CHILD =
  "my (?:son|daughter|child|kid|boy|girl|lad|teenager|eldest|youngest|grandson|granddaughter|stepson|stepdaughter|niece|nephew)";

/** English: indirect and parent-reported disclosures. */
export const EN_INDIRECT_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "self-harm",
    patterns: [
      "(?:want|wanna|wish|need) (?:it|everything|it all|this|things|the pain) (?:all )?(?:to )?(?:stop|end|be over)",
      "(?:so |just )?(?:done with|tired of|sick of) (?:everything|life|living|it all|being alive|existing)",
      "(?:ending|end|finish|finishing) (?:things|it) (?:for good|tonight|soon|forever)|(?:thinking|thought|think) (?:about|of) (?:ending|finishing) (?:things|it)|(?:everyone|everybody|they|people|my family) (?:would|will|'?d) (?:all )?be better off",
      "(?:nobody|no one|noone|no1|no body) (?:would|will|wud|'d) (?:care|notice|miss me)|(?:nobody|no one|noone) cares if i (?:live|die)",
      "(?:don'?t|dont|do not|can'?t|cant) (?:want|wanna|go on|carry on|keep) (?:to )?(?:live|living|go on|going on|carry on) like this",
      "(?:don'?t|dont|can'?t|cant|do not) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|trying|it|being here)",
      "(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up|too many (?:pills|tablets|paracetamol|meds)|(?:tablets|pills|paracetamol|meds) ~ too many",
      "(?:about|of) (?:not being here|not existing|not waking up|not being alive|dying|death|ending it)",
      "(?:what'?s|whats|there'?s no|theres no) (?:the )?point (?:of|in) (?:living|life|anything|going on|trying)|hate my life|give up on (?:life|everything)",
    ],
  },
  {
    category: "immediate-danger",
    patterns: [
      "if (?:i|we) (?:tell|told|say|said|speak|snitch|grass) ~ (?:hurt|kill|beat|stab|post|share|come for|get me|do something)",
      "(?:can'?t|cant|cannot|not allowed to|too scared to|scared to|afraid to) tell (?:anyone|any1|anybody|my (?:mum|mom|dad|parents|teacher)|a teacher|the police)",
      "(?:i'?m|im|i am|i get|i got|i was|being|been|get|got|kept|keep getting) (?:locked|shut) (?:in|up|inside|out)",
      "(?:haven'?t|havent|have not|not|didn'?t|don'?t|dont) (?:eaten|had (?:any )?food|had anything to eat) (?:properly )?(?:in|for) (?:days|ages|[0-9]+ days|a day|a week)|no food (?:at home|in the house)",
      "(?:hurt|kill|beat|stab|post|share|send (?:me|us) (?:back|away)|deport*|come for|get me|take (?:me|us) away|put (?:me|us) in care) ~ if (?:i|we) (?:tell|told|say|said|speak|snitch|grass)",
      "(?:doesn'?t|doesnt|don'?t|dont|never|won'?t) (?:feed|cook for|look after|care for) (?:us|me)|(?:left|leaves|leave) (?:us|me) (?:alone|on (?:our|my) own|home alone) ~ (?:days|nights|a week|ages|overnight|all night)",
      "(?:afraid|scared|too scared|frightened|terrified) to say no|(?:know|knows|found out) where (?:my family|my mum|my mom|my dad|my nan|my sister|my brother|my family) (?:live|lives)",
      "(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they)(?:'?ll|'?d| will| would| might) do",
    ],
  },
  {
    category: "sexual-abuse",
    patterns: [
      "(?:does|did|doing|done|do) (?:things|stuff|bad things|weird things|something|sexual things|rude things) (?:to|with) (?:me|us|her|him)",
      "(?:makes|made|make|forces|forced|pressures|pressured) (?:me|us) (?:to )?do (?:things|stuff|bad things|stuff i don'?t want|things i don'?t want)",
      "(?:grab*|grop*|touch*|feel*|slap*|pinch*) (?:girls|us|women|the girls|other girls)(?: '?s?)?",
      "(?:trying|tries|tried|try|keeps trying|kept trying) to (?:kiss|touch|hug|cuddle|grab|feel|undress) (?:me|us|her)",
      "(?:hands?|fingers?) (?:up|under|down|in|inside) (?:my|her|our) (?:skirt|dress|top|shirt|trousers|pants|knickers|bra|underwear)",
      "(?:comes|came|come|walks|walked|barges|barged|keeps coming|kept coming) (?:in|into) (?:my (?:room|bed|bedroom)|the (?:bathroom|shower|toilet)) (?:when|while|at night|in the night)",
      "(?:beat*|kick*|knock*) (?:the )?(?:crap|shit|hell|living daylights|life) out of {victim}|(?:gets|got|becomes) (?:violent|physical|rough) (?:with|towards|to) (?:me|us)",
    ],
  },
  {
    category: "sexual-exploitation",
    patterns: [
      "keep (?:it|this|us|what happened|what we do) (?:a )?(?:secret|between us|between (?:you|me) and (?:me|him|her)|quiet|to (?:ourselves|yourself|myself))",
      "(?:i|im|i'?m|i am|i keep|i get|i got|i'?ve been|been|keep) (?:getting|get|got|receiving) (?:messages|texts|dms|friend requests|requests|pics|snaps|calls) from (?:someone|people|a man|men|a guy|guys|strangers|randoms|adults|an adult|older)",
      "(?:asking|asked|asks|ask|wants to know|wanted to know) (?:me )?(?:where i live|my address|what school i go to|where i go to school|which school|for my (?:number|address|snap)|to meet|how old i am|what i look like|if i'?m alone|if my parents)",
      "when (?:no one|nobody|noone) (?:is |'?s )?(?:looking|around|home|watching)|mature for (?:my|your|her|his) age|(?:says|said|tells me|told me) i'?m (?:special|so mature|mature|different from other)",
      "(?:teacher|coach|tutor|youth worker|leader|instructor|neighbour) (?:messages|texts|dms|snaps|adds|added|follows|followed|messaged) (?:me|us|her)",
      "(?:with|hanging around with|hangs around with|hanging out with|hangs out with|seeing|meeting|goes off with|going off with|gets in cars with|getting into cars with) (?:older|old|adult|grown) (?:men|man|guys|guy|blokes|bloke)",
      "(?:get|gets|getting|got) (?:into|in) (?:cars|a car|strange cars|people'?s cars|a stranger'?s car)|(?:picked up|collected|driven around) by (?:older |grown )?(?:men|a man|guys|a guy|older boys|adults|strangers)",
      "(?:made|make|makes|forced|forces|pressured|pressures|got) (?:me|us|{friend}) (?:to )?(?:drink|get drunk|take drugs|take pills|smoke|snort|try drugs)",
      "(?:older|much older|way older|adult|grown up) (?:boyfriend|bf|man i'?m seeing|guy i'?m seeing)",
    ],
  },
  {
    category: "sexual-exploitation",
    within:
      "he|him|his|she|her|coach|teacher|man|guy|uncle|step ?dad|tutor|instructor|leader|neighbour|boss|older",
    patterns: [
      "(?:makes|made|make) me (?:feel )?(?:uncomfortable|weird|uneasy|creeped out|unsafe)|(?:it |this )?(?:feels|felt) (?:wrong|weird|creepy|uncomfortable|not right)",
      "(?:sit|sat|sitting) on (?:his|her) (?:knee|knees|lap)",
      "(?:gets|get|got|wants to get|tries to get|tried to get|try to get) me (?:on my own|alone)|alone with (?:him|her|me)|when (?:we'?re|we are) alone|tries to (?:hug|kiss|cuddle) me",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    patterns: [
      "(?:had to|have to|made to|forced to|was sent to|got sent to|make me|made me) (?:work|clean|cook) (?:in|at|for) (?:their|a|the|his|her|some|this)",
      "(?:give|hand over|hand|giving|handing over) (?:all )?(?:my|our) (?:wages|pay|money|earnings) (?:to|over)",
      "(?:stay|stayed|live|lived|living|staying) with (?:a family|people|a man|a woman|strangers|a couple) (?:i|we) (?:didn'?t|didnt|don'?t|dont|did not|do not) know",
    ],
  },
  {
    category: "criminal-exploitation",
    patterns: [
      "(?:say|said|says|told me|tell me|tells me) (?:i|we) (?:have to|has to|must|need to|gotta|got to) (?:work|sell|run|do jobs|do stuff|pay)|in trouble with (?:some )?(?:people|men|lads|a gang|dealers|the olders|older (?:boys|lads))",
      "(?:offered|paid|pays|paying|given|promised) (?:me |us )?(?:[0-9]+|money|cash|quid|loads|weed) (?:to )?(?:take|carry|drop|deliver|hold|move|bring|run|keep|hide)",
      "(?:take|taking|took|drop|dropping|deliver*|bring|run|running) (?:stuff|things|packages?|parcels?|bags?|food|it) (?:to|round to|over to) (?:people|someone|houses|addresses|different people|customers)",
      `${CHILD} ~ (?:being|been|is being|was|were|getting|got) (?:exploited|used|targeted|recruited|approached)`,
      "(?:second|extra|another|new|secret) phone (?:that |which )?(?:keeps ringing|rings|keeps going off)|(?:keeps getting|always getting|gets) (?:calls|texts) (?:at night|late at night|all night)",
    ],
  },
  {
    category: "criminal-exploitation",
    within:
      "(?:won'?t|wont|doesn'?t|doesnt|can'?t|cant|didn'?t|refuses to|never) (?:say|tell|explain)|where (?:it'?s |it is )?from|where (?:he|she|they) got",
    patterns: [
      "(?:new|expensive|designer|loads of|lots of|unexplained) (?:phones?|trainers|clothes|money|cash|gifts?|jewell?ery|bags?)|money and",
    ],
  },
  {
    category: "violence-weapons",
    within: "{knife}",
    patterns: [
      "threaten*|pulled|chased|robbed|attacked|stabbed|slashed|pointed|waved|came at|went for|mugged|held (?:it|a|the)",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    within:
      "(?:never|not allowed to|isn'?t allowed to|can'?t|cannot|doesn'?t|does not|don'?t) (?:go out|goes out|leave|leaves|get paid|gets paid|paid|go outside|goes outside|speak to anyone|have (?:a|her|his) phone)",
    patterns: [
      "(?:cleans|cooks|works|working|cleaning|cooking|clean|cook|work) (?:all day|all the time|every day|day and night|all night|from morning|non ?stop|for (?:them|us|free))",
    ],
  },
];
