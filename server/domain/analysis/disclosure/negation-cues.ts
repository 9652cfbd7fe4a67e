// Words that negate what follows them in a clause, and words that end a negation's reach, for all six
// locales at once (people mix languages; the scripts and spellings barely collide). Folded like the text
// (lower case, no diacritics, apostrophes straight) when loaded. Lists are space-separated words.

const toSet = (byLocale: Readonly<Record<string, string>>) =>
  new Set(Object.values(byLocale).flatMap((words) => words.split(/\s+/u).filter(Boolean)));

/**
 * Tokens that negate a later hit in the same clause ("nobody has hurt me", "nikt mnie nie bije").
 * English keeps "can't"/"couldn't" out on purpose: they describe being trapped ("I can't go home"),
 * not absence. Lithuanian and Latvian mostly fuse ne- onto verbs, which the anchored stems already
 * refuse; Romanian "n-a" folds to the token "n"; Bangla also negates after the verb (below).
 */
export const NEGATORS: ReadonlySet<string> = toSet({
  en: `
    not no never nobody noone no1 nothing none nor neither nah
    don't dont didn't didnt doesn't doesnt isn't isnt wasn't wasnt aren't arent weren't werent
    haven't havent hasn't hasnt hadn't hadnt ain't aint won't wont wouldn't wouldnt shouldn't
    shouldnt dnt dint`,
  pl: `
    nie nikt nigdy nic zaden zadna zadne zadnego ani nikogo nikomu`,
  lt: `
    ne niekas niekada niekados nieko niekam jokio jokie jokia`,
  lv: `
    neviens nekad nekas nav nekadi nevienam`,
  ro: `
    nu nimeni niciodata nimic niciun nicio`,
  bn: `
    না নি নয় নেই নাই`,
});

/** Bangla negation after the verb ("আমাকে কেউ মারে না"), or fused onto it ("মারেনি"). */
export const BN_POST_NEGATORS: ReadonlySet<string> = new Set(["না", "নি", "নয়", "নেই", "নাই"]);
/** Endings that negate a Bangla verb they are fused onto, checked on the word a hit ends in. */
export const BN_NEGATING_SUFFIXES: readonly string[] = ["নি", "না", "নেই"];

/**
 * Tokens that end a negation's reach when scanning back from a hit: a conjunction starts a new clause,
 * a new subject means the negation was about something else ("I'm not ok he hits me"), and a negated
 * verb of knowing or telling does not negate what is known ("nobody knows he hits me").
 */
export const SCOPE_BREAKERS: ReadonlySet<string> = toSet({
  en: `
    but because cos coz cuz cause bc becuz bcoz and n' & so when whenever if then though although
    however while until till unless since i i'm im i've ive i'd he she they we
    he's hes she's shes they're theyre someone somebody sum1 some1 my ma ok okay fine safe sure
    he'll hell she'll shell they'll theyll he'd she'd they'd i'll ill we'll you'll youll u it'll`,
  pl: `
    ale bo i ze poniewaz kiedy gdy wiec ona oni ktos moj moja mojego moja dobrze`,
  lt: `
    bet nes ir kai jis ji jie kazkas mano gerai`,
  lv: `
    jo un kad vins vina vini kads mans mana labi`,
  ro: `
    dar pentru si iar cand fiindca deoarece el ea ei cineva meu mea bine`,
  bn: `
    কিন্তু কারণ আর এবং যখন তাই সে ওরা তারা কেউ`,
});

/**
 * Verbs whose negation is about knowing, telling or stopping, not about the hit ("nobody knows he hits
 * me", "he won't stop hitting me"). They end a negation's reach, except after a negative-polarity word
 * ("I don't know anyone who has been groomed": the negation reaches through "anyone").
 */
export const VERB_BREAKERS: ReadonlySet<string> = toSet({
  en: `know knows knew tell told telling believe believes believed care cares notice noticed listen listens
    help helps stop stops stopped stopping`,
  pl: "wie wiedza powiedzial mowi",
  lt: "zino",
  lv: "zina",
  ro: "stie",
});

/** Negators of one locale that are ordinary words in another: Latvian "no" is "from", Romanian "ne" is "us". */
export const NOT_NEGATORS_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  lv: new Set(["no"]),
  ro: new Set(["ne", "no"]),
};

/**
 * Romanian "n-a", "n-am" fold to the token "n" then an auxiliary: only then is "n" a negation (in
 * English text-speak "n" is "and": "messaging me n sending pics").
 */
export const RO_SHORT_NEGATOR = "n";
export const RO_SHORT_NEGATED_AUX: ReadonlySet<string> = new Set("a am ai au o as ar ati are".split(" "));

/**
 * Words that open a condition: a negation just after one is inside the condition, and does not deny
 * what follows it ("if I don't send more he'll post my pics", "ছবি না পাঠালে ... পাঠিয়ে দেবে").
 */
export const CONDITIONALS: ReadonlySet<string> = toSet({
  en: "if unless else otherwise",
  pl: "jesli jezeli gdyby inaczej",
  lt: "jei jeigu kitaip",
  lv: "ja citadi",
  ro: "daca altfel",
  bn: "যদি নাহলে",
});
/** A Bangla conditional verb ending ("পাঠালে", "দিলে"): a negation before it is conditional. */
export const BN_CONDITIONAL_ENDING = "লে";

/** Negative-polarity words: a negation before them reaches the clause they open. */
export const POLARITY_WORDS: ReadonlySet<string> = toSet({
  en: "anyone anybody any1 anything any ever",
  pl: "nikt nikogo nikomu",
  lt: "niekas",
  lv: "neviens",
  ro: "nimeni",
});
