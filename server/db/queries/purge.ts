import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { RetentionCutoffs } from "../../domain/retention/retention-cutoffs";
import type { Db } from "../db";
import { answers, contactRequests, drafts, responses, safeguardingItems } from "../schema";

/** How many rows of each kind a purge deleted: counts only, never content. */
export type PurgeCounts = {
  safeguardingItems: number;
  contactRequests: number;
  freeTextAnswers: number;
  drafts: number;
};

/** Deletes everything past its retention cut-off in one atomic batch, keeping choice answers and aggregates. */
export async function purgeExpired(db: Db, cut: RetentionCutoffs): Promise<PurgeCounts> {
  const oldResponses = db
    .select({ id: responses.id })
    .from(responses)
    .where(lt(responses.submittedOn, cut.freeTextSubmittedBefore));
  const [items, contacts, texts, oldDrafts] = await db.batch([
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
    db.delete(drafts).where(lt(drafts.touchedAt, cut.draftTouchedBefore)).returning({ id: drafts.id }),
  ]);
  return {
    safeguardingItems: items.length,
    contactRequests: contacts.length,
    freeTextAnswers: texts.length,
    drafts: oldDrafts.length,
  };
}
