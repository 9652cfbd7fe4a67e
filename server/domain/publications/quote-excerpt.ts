import { QUOTE_MAX } from "./build-publication";

/** Why an excerpt was refused: empty, too long, or not words the child actually wrote. */
export type ExcerptProblem = "empty" | "tooLong" | "notInAnswer";

/** Spaces and line breaks as one space, so trimming whitespace never counts as changing words. */
export const collapseSpace = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * Checks an analyst's excerpt against the redacted answer. Shortening is the only edit allowed: the
 * excerpt must be one unbroken run of the answer's own words (spacing aside), so nobody can put
 * words in a child's mouth. Returns the excerpt to store, or what is wrong with it.
 */
export function checkExcerpt(
  answer: string,
  excerpt: string,
): { ok: true; text: string } | { ok: false; problem: ExcerptProblem } {
  const text = collapseSpace(excerpt);
  if (text.length === 0) return { ok: false, problem: "empty" };
  if (text.length > QUOTE_MAX) return { ok: false, problem: "tooLong" };
  if (!collapseSpace(answer).includes(text)) return { ok: false, problem: "notInAnswer" };
  return { ok: true, text };
}

/**
 * A first excerpt to offer: the whole answer when it fits, else its opening cut back to the last
 * whole word (or sentence) within the limit. The analyst shortens it further if they wish.
 */
export function suggestExcerpt(answer: string): string {
  const text = collapseSpace(answer);
  if (text.length <= QUOTE_MAX) return text;
  const head = text.slice(0, QUOTE_MAX);
  const sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentence > QUOTE_MAX / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(" ");
  return space > 0 ? head.slice(0, space) : head;
}
