// Whether one word is a person's first name, from the word itself and its neighbours.
import { isFunctionWord } from "./function-words";
import { inflectedName, type NameKind, nameKind } from "./name-lexicon";
import { cannotBeSurname, isPlaceNoun } from "./place-words";
import { isAllCaps, isCapitalised, isSentenceStart, onlySpacesBetween, type Token } from "./text-scan";

// After an ambiguous name at a sentence start, these show it is the subject ("Will said", not "Will you").
const SUBJECT_VERBS = new Set(
  (
    "is was has had isnt wasnt does did doesnt didnt and can cant can't could will wont won't would " +
    "should might must always never ever also just still only keeps kept says said tells told asks asked " +
    "calls called rang rings texts texted messages messaged sends sent shouts shouted hits hit punches " +
    "punched kicks kicked pushes pushed slaps slapped beats beat batters battered grabs grabbed throws " +
    "threw chases chased follows followed touches touched hurts hurt threatens threatened bullies " +
    "bullied scares scared takes took makes made gives gave shows showed gets got brings brought uses " +
    "used sells sold deals dealt steals stole carries carried hides hid smokes smoked drinks drank hangs " +
    "hung goes went comes came lives lived walks walked runs ran sits sat waits waited stays stayed " +
    "plays played talks talked picks picked knows knew thinks thought feels felt wants wanted needs " +
    "needed tries tried starts started helps helped listens listened looks looked sees saw watches " +
    "watched laughs laughed hates hated likes liked loves loved"
  ).split(" "),
);
// Names that are also abstract nouns need more than "is" after them ("Dawn is when they go home").
const ABSTRACT = new Set("dawn grace charity patience mercy harmony melody chase crystal frank".split(" "));
const COPULAS = new Set("is was has had isnt wasnt does did".split(" "));
// "Jack and me went" but not "Frank and honest": after "and", a pronoun or another capitalised word.
const PARTNERS = new Set("i me him her his my we they he she".split(" "));

// Three-letter names common enough to trust in lower case ("me and ben"); longer clear names always are.
const LOWER_CASE_SHORT = new Set(
  "amy ben dan mia ava leo zak zac tom tim jon joe ian eli eva zoe liz jim ted roy ali kim lou mae mel pam ron sid stu syd val vic bea bev rae lia".split(
    " ",
  ),
);

// Ambiguous names that read as a name in lower case after "my friend" or "called" (not will, mark, bill).
const LOWER_CASE_AFTER_CUE = new Set(
  (
    "jack sam max nick dean ray jay kai jo ty mei maja ash grace rose holly ivy daisy poppy lily ruby amber jade " +
    "willow violet hazel pearl olive robin scarlet crystal abbey ally angel penny sandy dawn carol glen cliff troy " +
    "rick hank chad cooper hunter piper heath brook meg teddy ollie charlie molly henry billy mary frank"
  ).split(" "),
);

const RANK: Record<NameKind, number> = { clear: 3, word: 2, common: 1 };

/** The word without a possessive ending ("Tyler's" -> "Tyler"). */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, "");
}

/** The surest kind among a word's hyphen parts ("Lily-Mae"), or undefined when no part is a name. */
export function kindOf(word: string): NameKind | undefined {
  let best: NameKind | undefined;
  for (const part of withoutPossessive(word).split("-")) {
    const kind = nameKind(part);
    if (kind && (!best || RANK[kind] > RANK[best])) best = kind;
  }
  return best;
}

/** True when the word stands alone, not glued to digits, @ or _ as in a handle ("jo_b", "tyler123"). */
export function isBareWord(text: string, token: Token): boolean {
  return !/[\p{N}_@#/]/u.test(text.charAt(token.start - 1)) && !/[\p{N}_@/]/u.test(text.charAt(token.end));
}

/** The token right after `i` on the same line with only spaces between, if any. */
export function nextOnLine(text: string, tokens: Token[], i: number): Token | undefined {
  const here = tokens[i];
  const next = tokens[i + 1];
  return here && next && onlySpacesBetween(text, here.end, next.start) ? next : undefined;
}

/** True when the token could be a capitalised surname ("Bloggs" in "Jo Bloggs"). */
export function isSurname(token: Token | undefined): boolean {
  if (!token || !isCapitalised(token.text) || token.text.length < 2) return false;
  return !cannotBeSurname(token.text) && (!isFunctionWord(token.text) || kindOf(token.text) !== undefined);
}

/** True when a lower-case listed name counts after a "called"-strength cue ("my friend jake", "my brother jack"). */
export function isLowerCaseNameAfterCue(word: string): boolean {
  if (LOWER_CASE_WORDS.has(word)) return false;
  const kind = kindOf(word);
  return (
    kind === "clear" || (kind === "word" && LOWER_CASE_AFTER_CUE.has(withoutPossessive(word).toLowerCase()))
  );
}

/** True when the word at `i` is a first name with no cue before it. */
export function isStandaloneName(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const word = withoutPossessive(token.text);
  if (!isBareWord(text, token)) return false;
  const previous = tokens[i - 1];
  if (
    previous &&
    /^(?:st|saint)$/i.test(previous.text) &&
    onlySpacesOrDotBetween(text, previous.end, token.start)
  )
    return false;
  const next = nextOnLine(text, tokens, i);
  if (next && isCapitalised(next.text) && isPlaceNoun(next.text)) return false;
  const kind = kindOf(word);
  if (!isCapitalised(word)) return isLowerCaseName(word, kind);
  if (isAllCaps(word)) return kind === "clear" && word.length >= 3;
  const sentenceStart = isSentenceStart(text, token.start);
  if (kind === "clear") return true;
  if (kind === "word") {
    if (!sentenceStart) return true;
    return word !== token.text || isSurname(next) || isSubjectOf(text, tokens, i, word);
  }
  if (kind === "common") return !sentenceStart && isSurname(next);
  return (!sentenceStart || word.endsWith("s")) && inflectedName(word) !== undefined;
}

function isSubjectOf(text: string, tokens: Token[], i: number, word: string): boolean {
  const verb = nextOnLine(text, tokens, i)?.text.toLowerCase() ?? "";
  if (!SUBJECT_VERBS.has(verb) || (ABSTRACT.has(word.toLowerCase()) && COPULAS.has(verb))) return false;
  if (verb !== "and") return true;
  const partner = nextOnLine(text, tokens, i + 1)?.text ?? "";
  return PARTNERS.has(partner.toLowerCase()) || isCapitalised(partner);
}

// Listed names that are everyday words of the area's languages when written in lower case
// ("mamie" Polish for "to mum", "winny" guilty, "rokas" hands, "dienas" days, "mari" big).
const LOWER_CASE_WORDS = new Set("mamie winny rokas dienas mari mare mama tata kasa".split(" "));

function isLowerCaseName(word: string, kind: NameKind | undefined): boolean {
  if (word !== word.toLowerCase() || LOWER_CASE_WORDS.has(word)) return false;
  // "carries", "parties": a verb or plural, not "Carrie" with an s.
  if (word.endsWith("ies")) return false;
  if (kind === "clear") return word.length >= 4 || LOWER_CASE_SHORT.has(word);
  // "tylers mum": a plural or possessive s without the apostrophe.
  const stem = word.slice(0, -1);
  return kind === undefined && word.endsWith("s") && stem.length >= 4 && nameKind(stem) === "clear";
}

function onlySpacesOrDotBetween(text: string, from: number, to: number): boolean {
  return /^\.?[ \t]+$/.test(text.slice(from, to));
}
