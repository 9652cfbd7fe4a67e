import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

// "We learned about grooming and I realised it's happening to me": the topic word sits in an educational
// stretch, but the writer then says it is their own (or a friend's) experience. The hit is that
// statement, counted as the nearby topic's category.
const REALISE =
  "(?:happening|happened|happens|going on|been happening) to (?:me|us|my [a-z]+)|(?:that'?s|this is|it'?s|thats|its) what (?:he|she|they|my [a-z]+) (?:is |are |was |were |has been |have been |had been )?(?:doing|done|does|did)|(?:i'?m|im|i am|i was|i think i'?m|i think im) (?:a )?victim|same (?:thing )?(?:is )?happening|(?:it'?s|its|this is) me|(?:i|we) think (?:it'?s|its|i'?m|im|my [a-z]+ is) (?:happening|being|in)";

const TOPICS: [DisclosureCategory, string][] = [
  ["sexual-exploitation", "groom*|sexual(?:ly)? exploit*|cse"],
  ["criminal-exploitation", "county lines?|criminal(?:ly)? exploit*|cce|drug runners?"],
  ["violence-weapons", "knife crime|stabbings?|gun crime|gang violence|youth violence"],
  ["sextortion-image-abuse", "sextortion|nudes|image abuse|blackmail*"],
  [
    "relationship-abuse",
    "coercive control|abusive relationships?|controlling relationships?|relationship abuse",
  ],
  ["radicalisation", "radicali[sz]*|extremis*|far ?right"],
  ["modern-slavery-trafficking", "slavery|traffick*|forced labou?r"],
  ["sexual-abuse", "sexual abuse|sexual assault|consent|rape"],
  ["physical-abuse", "domestic abuse|domestic violence|child abuse|abuse"],
  ["self-harm", "self ?harm*|suicid*"],
];

/** English: a writer recognising a harm they were taught about as their own experience. */
export const EN_REALISATION_RULES: readonly LexiconRule<DisclosureCategory>[] = TOPICS.map(
  ([category, topic]) => ({
    category,
    within: topic,
    patterns: [REALISE],
  }),
);
