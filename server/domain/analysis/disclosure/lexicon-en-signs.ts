import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

// Warning signs that parents, relatives and neighbours report about a child, and what children say
// about a friend, without naming the harm: going missing, unexplained phones and money, "going to
// work" at night, older men "involved", several young workers who never go out alone.
const YOUNG =
  "(?:my|our|her|his) (?:son|daughter|child|kid|boy|girl|lad|teenager|eldest|youngest|grandson|granddaughter|stepson|stepdaughter|niece|nephew|little brother|little sister|brother|sister|friend|mate|cousin)|he|she|him|her|they|i|i'?m|im";
const MISSING_VERBS =
  "keeps? (?:disappearing|going missing|vanishing|running off)|kept (?:disappearing|going missing|running off)|disappear(?:s|ed)? (?:for|overnight|at night|again|all night)|(?:has|have|had) disappeared|(?:has|have|had|keeps?) gone missing|goes missing|went missing|vanish(?:es|ed)? for";
const PHONES =
  "(?:two|2|three|3|several|multiple|extra|second|different|new|other|spare|burner|cheap) (?:phones|mobiles|sims?|sim cards|phone|mobile)";
const GOODS =
  "(?:new|expensive|designer|branded|loads of|lots of|unexplained|wads of|rolls of) (?:trainers|clothes|shoes|jackets?|phones?|money|cash|notes|gifts?|jewell?ery|bags?|nails|hair)|[0-9]+ ?(?:quid|pounds|grand)|[0-9]{3,} (?:and|in cash|cash|in notes)|(?:wads?|rolls?|bundles?) of (?:cash|money|notes)";
const SECRET =
  "(?:won'?t|wont|doesn'?t|doesnt|refuses to|never|can'?t|cant) (?:say|tell(?: me| us)?|explain|talk about)(?: (?:who|where|what|how|why))?|who (?:for|with)|where (?:from|he got|she got|it came from)|(?:late|at night|all night)";

/** English: warning signs reported about a child or a friend. */
export const EN_SIGNS_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "missing",
    patterns: [
      `(?:${YOUNG}) (?:${MISSING_VERBS})`,
      "(?:police|cops|feds|officers?) (?:found|picked up|brought back|located|traced) (?:him|her|them|me|us|my [a-z]+) (?:in|at|with|miles|back)",
      "(?:days?|nights?|a week|weeks) (?:without|with no) (?:coming home|contact|word)",
    ],
  },
  {
    category: "missing",
    within: "days|nights|a week|weeks|since|overnight|all night|missing|disappear*|police",
    patterns: [
      "(?:doesn'?t|doesnt|don'?t|dont|won'?t|wont|not|isn'?t|isnt) (?:answer*|pick* up|reply*|respond*) (?:to )?(?:his|her|my|their|our) (?:phone|calls|messages|texts)",
      "(?:don'?t|dont|do not) know where (?:he|she|they|my [a-z]+) (?:is|are|goes|went|has gone|sleeps|stays)",
    ],
  },
  {
    category: "criminal-exploitation",
    within: YOUNG,
    patterns: [
      `(?:with|has|had|got|carrying|comes home with|came home with|come back with|comes back with|came back with|found with|turns up with) (?:${PHONES}|${GOODS})`,
      `(?:${PHONES}) ~ (?:${GOODS}|ring*|going off|buzz*|at night|hide*|hid|hidden|won'?t say|wont say)`,
      "(?:he|she|they|{friend}|my [a-z]+) ~ (?:has|had|have|got|needs?) to go (?:to )?(?:work|a job|do (?:a )?jobs?|business) (?:at night|late|every night|all night|after dark|for (?:some|these|older|them)|in (?:another|other) towns?)",
      "(?:won'?t|wont|doesn'?t|doesnt|refuses to) (?:say|tell (?:me|us)) (?:who|where) (?:for|from|with|he'?s been|she'?s been|they'?ve been)|who (?:he'?s|she'?s|they'?re|he is|she is) (?:working|doing it|running) for",
    ],
  },
  {
    category: "criminal-exploitation",
    within: `${PHONES}|${GOODS}|${SECRET}`,
    patterns: [
      `(?:${MISSING_VERBS})|(?:out|stays out|stayed out) (?:all night|till [0-9]|until [0-9]|late every night)`,
    ],
  },
  {
    category: "sexual-exploitation",
    patterns: [
      "(?:older|grown|adult|much older|old) (?:men|man|guys|blokes|lads) (?:are |is |were |was |might be |must be )?(?:involved|behind it|around her|around him|hanging around|picking (?:her|him|them) up|giving (?:her|him|them))",
      "(?:exploit*|groom*|using|used) (?:by|for) (?:older|grown|adult) (?:men|man|guys|blokes)",
    ],
  },
  {
    category: "sexual-exploitation",
    within: `${MISSING_VERBS}|missing|older|men|(?:a|some|this) (?:man|guy|bloke)`,
    patterns: [
      "(?:comes|came|coming|come|turns up|turned up) (?:back|home) (?:with|wearing) (?:new|expensive|designer) (?:clothes|phone|phones|trainers|nails|hair|jewell?ery|things|stuff)",
      "(?:a |new )?(?:phone|clothes|things|stuff|presents|gifts) (?:i|we) (?:didn'?t|didnt|never|did not) (?:buy|get|give)",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    within:
      "nail bar|nail salon|car ?wash|farm|factory|kitchen|restaurant|takeaway|building sites?|warehouse|cannabis|work|job|shift",
    patterns: [
      "(?:never|not allowed to|can'?t|cant|don'?t|dont|doesn'?t|doesnt|aren'?t allowed to|isn'?t allowed to) (?:go|goes|leave|leaves|come|comes|walk|walks) (?:out )?(?:alone|on (?:their|his|her|my|our) own|by (?:themselves|himself|herself|myself)|without (?:him|her|them|a man|the boss))",
      "(?:a man|men|the boss|someone|a van|a car|a minibus) (?:collects?|picks?|drives?|drops?|takes?|brings?) (?:them|us|me|the (?:lads|girls|kids|boys|workers)) (?:up |off |back )?(?:in a van|every (?:day|morning|night)|to work|from work|and drops|in the morning)",
      "(?:lots of|loads of|about [a-z0-9]+|[a-z0-9]+) (?:young |other )?(?:lads|boys|girls|men|women|kids|people|workers) (?:living|sleeping|staying|crammed|packed) (?:in|at|above|behind)",
    ],
  },
];
