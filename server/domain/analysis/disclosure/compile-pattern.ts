// The lexicon mini-language. A pattern is a regular-expression fragment, folded like the text
// (so it may be written with diacritics), where:
//   a space      one or more spaces or quotes between words (never across . ! ? , ; : or a line break;
//                hyphens and slashes are spaces in folded text, so write "self ?harm", "ex boyfriend");
//                " ?" makes the separator optional ("my ?self" matches myself and my self)
//   word*        a stem: the word and any letters after it ("bij*" matches bije, bijesz, bijał)
//   A ~ B        A, then up to four other words, then B (the words in between may not be negations)
//   A <> B       A ~ B or B ~ A, for languages with free word order (the whole pattern: A and B
//                are everything either side of the <>)
//   {name}       a macro from the lexicon's table (alternatives written in this same language)
// Each pattern matches whole words: it may not start or end inside a word (unless the lexicon is
// open-ended, as Bangla is, where suffixes fuse onto words). Everything is bounded, so no pattern can
// backtrack catastrophically: words and separators are runs of disjoint classes.

import { NEGATORS } from "./negation-cues";
import { foldPattern, NON_WORD_CHARS } from "./normalise-text";

// Folded text has a tiny alphabet (normalise-text.ts): word characters, spaces, and a few marks.
const WORD_CHAR = `[^${NON_WORD_CHARS}]`;
/** Separator between two words of a pattern: spaces and quotes, never a clause or sentence mark. */
export const SEP = '[ "]+';
const WORD = `${WORD_CHAR}+`;
const STEM = `${WORD_CHAR}*`;
const escapeToken = (token: string) => token.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const NOT_NEGATOR = `(?!(?:${[...NEGATORS].map((n) => escapeToken(foldPattern(n))).join("|")})(?!${WORD_CHAR}))`;
/** Up to four words between two parts of a pattern, none of them a negation. */
const GAP = `(?:${SEP}${NOT_NEGATOR}${WORD}){0,4}${SEP}`;

const SYNTAX: Readonly<Record<string, string>> = { " ~ ": GAP, " ?": `(?:${SEP})?`, " ": SEP, "*": STEM };

/** Macro table: name to pattern (itself in the mini-language, without macros). */
export type Macros = Readonly<Record<string, string>>;

/** Options for compiling: macros, and whether patterns may end inside a word (Bangla suffixes). */
export type CompileOptions = { macros?: Macros; openEnd?: boolean };

function expand(source: string, macros: Macros): string {
  return source.replace(/\{([a-z]+)\}/g, (_, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`unknown lexicon macro {${name}} in "${source}"`);
    return `(?:${foldPattern(body)})`;
  });
}

function translate(source: string): string {
  const either = source.split(" <> ");
  if (either.length === 2) {
    const [a, b] = either as [string, string];
    return `(?:${translate(`(?:${a}) ~ (?:${b})`)}|${translate(`(?:${b}) ~ (?:${a})`)})`;
  }
  // One pass, so that what a piece of syntax becomes is never read again as syntax.
  return source.replace(/ ~ | \?| |\*/g, (piece) => SYNTAX[piece] as string);
}

/** Regular-expression source for one pattern, without word boundaries. */
export function patternSource(pattern: string, options: CompileOptions = {}): string {
  return translate(expand(foldPattern(pattern), options.macros ?? {}));
}

/**
 * One Unicode regular expression (global unless `flags` says otherwise) matching any of `patterns` as
 * whole words. The start boundary is checked once, before the alternatives, so positions inside a word
 * are rejected at the cost of one look-behind.
 */
export function compilePatterns(
  patterns: readonly string[],
  options: CompileOptions = {},
  flags = "gu",
): RegExp {
  const body = patterns.map((p) => patternSource(p, options)).join("|");
  const end = options.openEnd ? "" : `(?!${WORD_CHAR})`;
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})${end}`, flags);
}
