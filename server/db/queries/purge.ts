import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { RetentionCutoffs } from "../../domain/retention/retention-cutoffs";
import type { Db } from "../db";
import { answers, contactRequests, drafts, quotes, responses, safeguardingItems } from "../schema";

/** How many rows of each kind a purge deleted: counts only, never content. */
export type PurgeCounts = {
  safeguardingItems: number;
  contactRequests: number;
  freeTextAnswers: number;
  /** Quotes taken from those answers, approved or rejected: a quote is the same free text. */
  quotes: number;
  drafts: number;
};

/**
 * Deletes everything past its retention cut-off in one atomic batch, keeping choice answers and
 * aggregates. Quotes go with the free text they came from; a version already published keeps its
 * frozen copy, which is public, but no later publication can quote text past its retention.
 */
export async function purgeExpired(db: Db, cut: RetentionCutoffs): Promise<PurgeCounts> {
  const oldResponses = db
    .select({ id: responses.id })
    .from(responses)
    .where(lt(responses.submittedOn, cut.freeTextSubmittedBefore));
  const [items, contacts, texts, oldQuotes, oldDrafts] = await db.batch([
    db
      .delete(safeguardingItems)
      .where(
        and(
          isNotNull(safeguardingItems.closedOn),
          lt(safeguardingItems.closedOn, cut.safeguardingClosedBefore),
        ),
      )
      .returning({ id: safeguardingItems.id }),
    db
      .delete(contactRequests)
      .where(
        and(
          eq(contactRequests.status, "actioned"),
          isNotNull(contactRequests.actionedOn),
          lt(contactRequests.actionedOn, cut.contactActionedBefore),
        ),
      )
      .returning({ id: contactRequests.id }),
    db
      .delete(answers)
      .where(and(eq(answers.freeText, true), sql`${answers.responseId} in ${oldResponses}`))
      .returning({ id: answers.responseId }),
    db.delete(quotes).where(sql`${quotes.responseId} in ${oldResponses}`).returning({ id: quotes.id }),
    db.delete(drafts).where(lt(drafts.touchedAt, cut.draftTouchedBefore)).returning({ id: drafts.id }),
  ]);
  return {
    safeguardingItems: items.length,
    contactRequests: contacts.length,
    freeTextAnswers: texts.length,
    quotes: oldQuotes.length,
    drafts: oldDrafts.length,
  };
}
