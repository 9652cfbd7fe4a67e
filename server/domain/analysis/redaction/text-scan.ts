// Small text helpers shared by the detectors. Offsets are UTF-16 indices into the original text,
// the same units as String.prototype.slice, so spans can be cut straight out of it.

import { execAll } from "../exec-all";

/** A word: letters and combining marks (Bangla vowel signs, decomposed accents), with inner apostrophes or hyphens. */
export type Token = { text: string; start: number; end: number };

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Every word in the text, in order. */
export function tokenize(text: string): Token[] {
  return execAll(TOKEN, text).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// Before a word, these continue a sentence; anything else (., !, ?, a new line, an emoji) ends one.
const CONTINUES_SENTENCE = /[\p{L}\p{M}\p{N},;&'’]/u;
const SKIPPED = /[\s"“”‘(*_~[]/u;

/** True when the word at `index` begins the text or a sentence, where a capital letter proves nothing. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && SKIPPED.test(text.charAt(i))) i--;
  return i < 0 || !CONTINUES_SENTENCE.test(text.charAt(i));
}

/** True when the word starts with an upper-case letter ("Tyler", "TYLER", "Ștefan"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when every cased letter is upper case and there are at least two letters ("TYLER", not "I"). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "tYLER" -> "Tyler"; each hyphen part on its own ("lily-mae" -> "Lily-Mae"). */
export function titleCase(word: string): string {
  return word
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("-");
}

/** Only spaces or tabs between two offsets (a name or street does not run across a line or a comma). */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  return to > from && /^[ \t\u00a0]+$/.test(text.slice(from, to));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
