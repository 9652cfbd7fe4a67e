import { and, asc, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { DayRange } from "../../domain/periods/period";
import type { Db } from "../db";
import { answerCodes, answers, quotes, responses } from "../schema";
import { auditStatement } from "./audit-log";
import type { AnswerKey } from "./coding";
import type { Actor } from "./themes";

/** A quote decision as stored. */
export type Quote = typeof quotes.$inferSelect;
export type QuoteDecision = Quote["status"];

/** A coded answer an analyst may quote, with the decision already taken on it, if any. */
export type QuoteCandidate = AnswerKey & {
  surveyId: string;
  audience: string;
  submittedOn: string;
  /** The language the respondent answered in, so the page can mark the quote's language. */
  locale: string;
  text: string;
  quoteId: string | null;
  quoteText: string | null;
  quoteStatus: QuoteDecision | null;
};

const textOf = (value: string | string[]) => (Array.isArray(value) ? value.join(", ") : value);

const codedWith = (themeId: string) =>
  and(eq(answerCodes.themeId, themeId), eq(answers.freeText, true), eq(responses.status, "submitted"));

/** Free-text answers coded with a theme (redacted text), undecided first, then newest first. */
export async function quoteCandidates(db: Db, themeId: string, limit = 50): Promise<QuoteCandidate[]> {
  const rows = await db
    .select({
      responseId: answerCodes.responseId,
      questionId: answerCodes.questionId,
      surveyId: responses.surveyId,
      audience: responses.audience,
      submittedOn: responses.submittedOn,
      locale: responses.locale,
      value: answers.value,
      quoteId: quotes.id,
      quoteText: quotes.text,
      quoteStatus: quotes.status,
    })
    .from(answerCodes)
    .innerJoin(
      answers,
      and(eq(answers.responseId, answerCodes.responseId), eq(answers.questionId, answerCodes.questionId)),
    )
    .innerJoin(responses, eq(responses.id, answerCodes.responseId))
    .leftJoin(
      quotes,
      and(
        eq(quotes.responseId, answerCodes.responseId),
        eq(quotes.questionId, answerCodes.questionId),
        eq(quotes.themeId, answerCodes.themeId),
      ),
    )
    .where(codedWith(themeId))
    .orderBy(sql`${quotes.id} is not null`, desc(responses.submittedOn), asc(answerCodes.responseId))
    .limit(limit);
  return rows.map(({ value, ...row }) => ({ ...row, text: textOf(value) }));
}

/** The redacted text of an answer, only when it is coded with `themeId` (so it may be quoted there). */
export async function codedAnswerText(db: Db, themeId: string, key: AnswerKey): Promise<string | undefined> {
  const row = await db
    .select({ value: answers.value })
    .from(answerCodes)
    .innerJoin(
      answers,
      and(eq(answers.responseId, answerCodes.responseId), eq(answers.questionId, answerCodes.questionId)),
    )
    .innerJoin(responses, eq(responses.id, answerCodes.responseId))
    .where(
      and(
        codedWith(themeId),
        eq(answerCodes.responseId, key.responseId),
        eq(answerCodes.questionId, key.questionId),
      ),
    )
    .get();
  return row ? textOf(row.value) : undefined;
}

export async function findQuote(db: Db, id: string): Promise<Quote | undefined> {
  return db.select().from(quotes).where(eq(quotes.id, id)).get();
}

const auditOf = (db: Db, quote: Pick<Quote, "id" | "themeId" | "status">, key: AnswerKey, actor: Actor) =>
  auditStatement(db, {
    actorId: actor.userId,
    actorEmail: actor.email,
    action: quote.status === "approved" ? "quote.approved" : "quote.rejected",
    target: quote.id,
    // Ids only: the words are in the quote itself, never copied into the audit trail.
    detail: { themeId: quote.themeId, answer: `${key.responseId}:${key.questionId}` },
  });

/** Records an analyst's decision on one answer for one theme (a second decision replaces the first). */
export async function decideQuote(
  db: Db,
  input: AnswerKey & { themeId: string; text: string; status: QuoteDecision },
  actor: Actor,
): Promise<Quote> {
  const existing = await db
    .select({ id: quotes.id })
    .from(quotes)
    .where(
      and(
        eq(quotes.responseId, input.responseId),
        eq(quotes.questionId, input.questionId),
        eq(quotes.themeId, input.themeId),
      ),
    )
    .get();
  const id = existing?.id ?? crypto.randomUUID();
  const decided = {
    text: input.text,
    status: input.status,
    decidedBy: actor.userId,
    decidedOn: new Date().toISOString(),
  };
  const [rows] = await db.batch([
    db
      .insert(quotes)
      .values({ id, ...input, ...decided })
      .onConflictDoUpdate({ target: [quotes.responseId, quotes.questionId, quotes.themeId], set: decided })
      .returning(),
    auditOf(db, { id, themeId: input.themeId, status: input.status }, input, actor),
  ]);
  const stored = rows[0];
  if (!stored) throw new Error("The quote decision was not stored.");
  return stored;
}

/** Changes a decided quote's excerpt or decision, audited like a new decision. */
export async function changeQuote(
  db: Db,
  quote: Quote,
  change: { text: string; status: QuoteDecision },
  actor: Actor,
): Promise<Quote> {
  const decided = { ...change, decidedBy: actor.userId, decidedOn: new Date().toISOString() };
  const [rows] = await db.batch([
    db.update(quotes).set(decided).where(eq(quotes.id, quote.id)).returning(),
    auditOf(db, { id: quote.id, themeId: quote.themeId, status: change.status }, quote, actor),
  ]);
  return rows[0] ?? { ...quote, ...decided };
}

/** Approved quotes per theme, for the quotes page's list of themes. */
export async function approvedQuoteCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ themeId: quotes.themeId, n: sql<number>`count(*)` })
    .from(quotes)
    .where(eq(quotes.status, "approved"))
    .groupBy(quotes.themeId);
  return new Map(rows.map((r) => [r.themeId, Number(r.n)]));
}

/** Every quote decision on answers submitted in `period` (responses not withdrawn). */
export async function quotesInPeriod(db: Db, period: DayRange): Promise<(Quote & { locale: string })[]> {
  const rows = await db
    .select({ quote: quotes, locale: responses.locale })
    .from(quotes)
    .innerJoin(responses, eq(responses.id, quotes.responseId))
    // Only while the answer still carries the theme: an analyst who uncodes it unquotes it too.
    .innerJoin(
      answerCodes,
      and(
        eq(answerCodes.responseId, quotes.responseId),
        eq(answerCodes.questionId, quotes.questionId),
        eq(answerCodes.themeId, quotes.themeId),
      ),
    )
    .where(
      and(
        eq(responses.status, "submitted"),
        gte(responses.submittedOn, period.from),
        lte(responses.submittedOn, period.to),
      ),
    );
  return rows.map((r) => ({ ...r.quote, locale: r.locale }));
}
