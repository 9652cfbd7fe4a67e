import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import ambiguous from "./data/ambiguous-first-names.json" with { type: "json" };
import { isFunctionWord } from "./function-words";
import { findNameCues, type NameCue } from "./name-cues";
import { isBanglaNonName, namesBeforeHonorific } from "./name-cues-inflected";
import { inflectedName } from "./name-lexicon";
import {
  isBareWord,
  isLowerCaseNameAfterCue,
  isStandaloneName,
  isSurname,
  kindOf,
  nextOnLine,
  withoutPossessive,
} from "./name-rules";
import { escapeRegExp, isAllCaps, isCapitalised, type Token, tokenize } from "./text-scan";

const TITLES = /^(?:mr|mrs|ms|mx|miss|dr|sir|prof)$/i;
// Words after "my name is" that say there is no name to redact.
const NOT_A_NAME = new Set("private secret unknown anonymous confidential nothing irrelevant".split(" "));

// Famous people a child may quote ("Andrew Tate says..."): their names identify no one and carry the meaning.
const PUBLIC_FIGURES = new RegExp(
  `(?<![\\p{L}])(?:${ambiguous.publicFigures.map((n) => escapeRegExp(n).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "giu",
);

/** People's names: after cues ("my name is", "my social worker", "Mrs", "mam na imię") and listed first names. */
export function detectNames(text: string): PiiSpan[] {
  const tokens = tokenize(text);
  const taken = new Set<number>();
  const spans: PiiSpan[] = [];
  const add = (first: number, last: number) => {
    for (let k = first; k <= last; k++) taken.add(k);
    const end = (tokens[last] as Token).start + withoutPossessive((tokens[last] as Token).text).length;
    spans.push({ type: "name", start: (tokens[first] as Token).start, end });
  };

  let t = 0;
  for (const cue of findNameCues(text)) {
    while (t < tokens.length && (tokens[t] as Token).start < cue.end) t++;
    const token = tokens[t];
    if (!token || taken.has(t) || !/^[\s:,"'“”‘’-]{0,3}$/u.test(text.slice(cue.end, token.start))) continue;
    // "my teacher Mr Smith": the title's own cue takes the surname.
    if (!isBareWord(text, token) || TITLES.test(token.text) || !acceptsAfterCue(text, token, cue)) continue;
    add(t, extendName(text, tokens, t, cue.strength === "strong"));
  }
  for (const [start, end] of namesBeforeHonorific(text)) spans.push({ type: "name", start, end });
  for (let i = 0; i < tokens.length; i++) {
    if (!taken.has(i) && isStandaloneName(text, tokens, i)) add(i, extendName(text, tokens, i, false));
  }
  const famous = execAll(PUBLIC_FIGURES, text).map((m) => [m.index, m.index + m[0].length] as const);
  return spans.filter((s) => !famous.some(([start, end]) => s.start < end && start < s.end));
}

// "12 Oak Dr Scunthorpe": a house number and street before "Dr" make it Drive, not Doctor.
const ADDRESS_BEFORE = /\d{1,4}[a-z]?,?\s+(?:[\p{L}'’-]+\s+){1,3}$/iu;

function acceptsAfterCue(text: string, token: Token, cue: NameCue): boolean {
  const word = withoutPossessive(token.text);
  const kind = kindOf(word);
  switch (cue.strength) {
    case "strong":
      if (isBanglaNonName(word)) return false;
      return kind !== undefined || (!isFunctionWord(word) && !NOT_A_NAME.has(word.toLowerCase()));
    case "iam":
    case "listed":
      return isCapitalised(word) ? kind === "clear" || kind === "word" : isLowerCaseNameAfterCue(word);
    case "called":
      // "z moją siostrą Mają": a capitalised word that is a name under a case ending, even if also a word.
      return isCapitalised(word)
        ? kind !== undefined || !isFunctionWord(word) || inflectedName(word, true) !== undefined
        : isLowerCaseNameAfterCue(word);
    case "title": {
      if (ADDRESS_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start))) return false;
      if (isCapitalised(word)) return kind !== undefined || !isFunctionWord(word);
      // Only mr/mrs/ms/mx vouch for any lower-case surname ("mr smith"); "miss" and "dr" are words too.
      const honorific = /\b(?:mr|mrs|ms|mx)\.?\s*$/i.test(text.slice(Math.max(0, cue.end - 6), cue.end));
      return (honorific && !isFunctionWord(word)) || isLowerCaseNameAfterCue(word);
    }
  }
}

// A first name takes up to two more words. In mixed-case writing a surname is capitalised ("Jo Bloggs");
// where case says nothing (all lower case, ALL CAPS, Bangla) only a strong cue lets a word through,
// and only one that ends the clause ("my name is jake bloggs and i am 12", "আমার নাম রহিম উদ্দিন").
function extendName(text: string, tokens: Token[], first: number, strong: boolean): number {
  let last = first;
  for (let k = 0; k < 2; k++) {
    const current = tokens[last] as Token;
    if (withoutPossessive(current.text) !== current.text) break;
    const next = nextOnLine(text, tokens, last) ?? afterInitial(text, tokens, last);
    if (!next || !isBareWord(text, next)) break;
    const caseless = isAllCaps(current.text) || !isCapitalised(current.text);
    const surname = !caseless
      ? isSurname(next)
      : strong
        ? caselessSurname(text, tokens, last + 1)
        : isAllCaps(next.text) && kindOf(next.text) === "clear";
    if (!surname) break;
    last++;
  }
  return last;
}

// Words that begin the next clause after a name ("jake bloggs and i am 12", "kuba nowak i mam 12 lat").
const CLAUSE_STARTS = new Set(
  "and but so i im i'm iam from aged age my me lol x xx btw ok a și si ir un am mam man আমি আমার এবং".split(
    " ",
  ),
);

function caselessSurname(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (isCapitalised(token.text) && !isAllCaps(token.text)) return isSurname(token);
  if (kindOf(token.text) === "clear") return true;
  if (isFunctionWord(token.text) || isBanglaNonName(token.text) || token.text.length < 2) return false;
  const after = nextOnLine(text, tokens, i);
  return !after || CLAUSE_STARTS.has(after.text.toLowerCase());
}

// "Mrs R. Okonjo", "J. Smith": after a capital initial and its full stop, the surname.
function afterInitial(text: string, tokens: Token[], i: number): Token | undefined {
  const here = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!/^\p{Lu}$/u.test(here.text) || !next || !isCapitalised(next.text)) return undefined;
  return /^\.[ \t]+$/u.test(text.slice(here.end, next.start)) ? next : undefined;
}
