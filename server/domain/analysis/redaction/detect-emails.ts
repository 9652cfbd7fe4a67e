import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import { isFunctionWord } from "./function-words";

// Lengths are bounded (RFC 5321 allows 64 characters before the @) so a long run of letters and dots
// cannot make the patterns backtrack for seconds.
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]{1,64}`;
const LABEL = "[A-Za-z0-9-]{1,63}";
const PLAIN = new RegExp(
  String.raw`${LOCAL}@${LABEL}(?:\.${LABEL}){0,4}\.[A-Za-z]{2,24}(?![\p{L}\p{N}])`,
  "gu",
);

// Written out to dodge filters: "jo.b at gmail dot com", "jo(at)gmail(dot)co(dot)uk", "jan małpa wp kropka pl",
// or spaced out: "jo @ gmail.com".
const AT = String.raw`\s*(?:\(at\)|\[at\]|\{at\}|@|\s(?:at|małpa|malpa|eta)\s)\s*`;
const DOT = String.raw`\s*(?:\(dot\)|\[dot\]|\{dot\}|\s(?:dot|kropka|taškas|taskas|punkts|punct)\s|\.)\s*`;
const TLD = `(?:co${DOT}uk|org${DOT}uk|ac${DOT}uk|com|org|net|uk|pl|lt|lv|ro|ie|de|me|io|eu)`;
const SPELLED = new RegExp(
  String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})??${DOT}${TLD}(?![\p{L}\p{N}])`,
  "giu",
);
// "jo_b at gmail" with no ending: only for a mail provider, and (checked below) a local part that is not a plain word.
const PROVIDER = new RegExp(
  String.raw`${LOCAL}${AT}(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|wp|onet|interia|o2|gmx|yandex)(?![\p{L}\p{N}])`,
  "giu",
);

// "my email is jobloggs at gmail": after the word email, a plain word before a provider is an address too.
const ASKED_FOR = /(?:e-?mail|mail|adres|adresas|adrese)\W{0,3}(?:is|was|:|=|to|-|este|yra|ir)?\W{0,3}$/iu;

/** Email addresses, plain ("jo@example.com") or spelled out ("jo at gmail dot com"). */
export function detectEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const pattern of [PLAIN, SPELLED, PROVIDER]) {
    for (const m of execAll(pattern, text)) {
      if (pattern === PROVIDER && !looksLikeAddress(text, m.index, m[0])) continue;
      if (pattern === SPELLED && !spelledOnPurpose(text, m.index, m[0])) continue;
      const value = m[0].replace(/[.\-_]+$/u, "");
      spans.push({ type: "email", start: m.index, end: m.index + value.length });
    }
  }
  return spans;
}

function looksLikeAddress(text: string, index: number, match: string): boolean {
  const local = match.split(/[\s(@[{]/u)[0] ?? "";
  if (/[0-9._]/u.test(local)) return true;
  return !isFunctionWord(local) && ASKED_FOR.test(text.slice(Math.max(0, index - 24), index));
}

// "sign up at example.com/rise", "report stuff at reportit.example.co.uk": a plain word, the word "at" and a
// real web address are a sentence pointing at a site. A spelled-out address hides its dot too, has a local
// part no word has ("jo.b at gmail.com"), goes to a mail provider, or follows "my email is".
const WORD_AT = /^[\p{L}]+\s+(?:at|małpa|malpa|eta)\s/iu;
const MAIL_PROVIDER =
  /\s(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|wp|onet|interia|o2|gmx|yandex)\W/iu;

function spelledOnPurpose(text: string, index: number, match: string): boolean {
  if (text.charAt(index + match.length) === "/") return false;
  if (!WORD_AT.test(match)) return true;
  if (/\(dot\)|\[dot\]|\{dot\}|\s(?:dot|kropka|taškas|taskas|punkts|punct)\s/iu.test(match)) return true;
  return MAIL_PROVIDER.test(match) || ASKED_FOR.test(text.slice(Math.max(0, index - 24), index));
}
