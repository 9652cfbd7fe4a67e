import type { Db } from "../../../db/db";
import {
  changeQuote,
  codedAnswerText,
  decideQuote,
  type Quote,
  type QuoteDecision,
} from "../../../db/queries/quotes";
import type { Actor } from "../../../db/queries/themes";
import { checkExcerpt, type ExcerptProblem } from "../../../domain/publications/quote-excerpt";

/** What went wrong with a decision: the answer is not coded with the theme, or the excerpt broke the rule. */
export type DecisionFailure = { kind: "noAnswer" } | { kind: "excerpt"; problem: ExcerptProblem };

/** English messages for the API; pages use their own translated words. */
export const EXCERPT_MESSAGES: Record<ExcerptProblem, string> = {
  empty: "Enter the excerpt to publish.",
  tooLong: "Shorten the excerpt to 200 characters or fewer.",
  notInAnswer:
    "The excerpt must be the child's own words, copied from the answer: you may shorten it, but not change or add words.",
};

type Decision = {
  responseId: string;
  questionId: string;
  themeId: string;
  text?: string;
  status: QuoteDecision;
};

/**
 * Approves or rejects one answer as a quote for one theme. An approval's excerpt must be a run of
 * the answer's own (redacted) words; a rejection keeps no words at all.
 */
export async function decide(
  db: Db,
  input: Decision,
  actor: Actor,
): Promise<{ ok: true; quote: Quote } | { ok: false; failure: DecisionFailure }> {
  const answer = await codedAnswerText(db, input.themeId, input);
  if (answer === undefined) return { ok: false, failure: { kind: "noAnswer" } };
  if (input.status === "rejected")
    return { ok: true, quote: await decideQuote(db, { ...input, text: "" }, actor) };
  const checked = checkExcerpt(answer, input.text ?? "");
  if (!checked.ok) return { ok: false, failure: { kind: "excerpt", problem: checked.problem } };
  return { ok: true, quote: await decideQuote(db, { ...input, text: checked.text }, actor) };
}

/** Changes a decided quote: a new excerpt (checked the same way) and/or a new decision. */
export async function redecide(
  db: Db,
  quote: Quote,
  change: { text?: string; status?: QuoteDecision },
  actor: Actor,
): Promise<{ ok: true; quote: Quote } | { ok: false; failure: DecisionFailure }> {
  const status = change.status ?? quote.status;
  if (status === "rejected")
    return { ok: true, quote: await changeQuote(db, quote, { text: "", status }, actor) };
  const answer = await codedAnswerText(db, quote.themeId, quote);
  if (answer === undefined) return { ok: false, failure: { kind: "noAnswer" } };
  const checked = checkExcerpt(answer, change.text ?? quote.text);
  if (!checked.ok) return { ok: false, failure: { kind: "excerpt", problem: checked.problem } };
  return { ok: true, quote: await changeQuote(db, quote, { text: checked.text, status }, actor) };
}
