import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { ItemStatus } from "../../domain/safeguarding/queue-status";
import type { Db } from "../db";
import { answers, responses, safeguardingItems } from "../schema";

/** What the queue lists about an item: never the sealed original text. */
const summaryColumns = {
  id: safeguardingItems.id,
  responseId: safeguardingItems.responseId,
  surveyId: safeguardingItems.surveyId,
  questionId: safeguardingItems.questionId,
  categories: safeguardingItems.categories,
  status: safeguardingItems.status,
  raisedOn: safeguardingItems.raisedOn,
  closedOn: safeguardingItems.closedOn,
};

export type QueueItem = {
  id: string;
  responseId: string;
  surveyId: string;
  questionId: string;
  categories: string[];
  status: ItemStatus;
  raisedOn: string;
  closedOn: string | null;
};

export type QueuePage = { rows: QueueItem[]; total: number };

/** Items in `statuses`, oldest first (ties in arrival order), a page at a time. */
export async function listQueueItems(
  db: Db,
  filter: { statuses: readonly ItemStatus[]; limit: number; offset: number },
): Promise<QueuePage> {
  const where = inArray(safeguardingItems.status, [...filter.statuses]);
  const [rows, totals] = await Promise.all([
    db
      .select(summaryColumns)
      .from(safeguardingItems)
      .where(where)
      .orderBy(asc(safeguardingItems.raisedOn), asc(safeguardingItems.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(safeguardingItems).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** One item with its sealed text, for the one code path that opens and audits it. */
export async function findSealedItem(
  db: Db,
  id: string,
): Promise<(QueueItem & { sealedText: string }) | undefined> {
  return db
    .select({ ...summaryColumns, sealedText: safeguardingItems.sealedText })
    .from(safeguardingItems)
    .where(eq(safeguardingItems.id, id))
    .get();
}

/** One item's summary (no text), e.g. after its status changed. */
export async function findQueueItem(db: Db, id: string): Promise<QueueItem | undefined> {
  return db.select(summaryColumns).from(safeguardingItems).where(eq(safeguardingItems.id, id)).get();
}

/** The statement that moves an item to `status` (with its closing date), for a batch with its audit row. */
export function setItemStatusStatement(db: Db, id: string, status: ItemStatus, closedOn: string | null) {
  return db.update(safeguardingItems).set({ status, closedOn }).where(eq(safeguardingItems.id, id));
}

/** The answer as analysts see it (redacted), and who the survey was for; gone once purged or withdrawn. */
export async function redactedContext(
  db: Db,
  responseId: string,
  questionId: string,
): Promise<{ redacted: string | string[]; audience: string } | undefined> {
  return db
    .select({ redacted: answers.value, audience: responses.audience })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .where(and(eq(answers.responseId, responseId), eq(answers.questionId, questionId)))
    .get();
}

/** Items raised from one response, for a contact request the person linked to their answers. */
export async function itemsOfResponse(db: Db, responseId: string): Promise<QueueItem[]> {
  return db
    .select(summaryColumns)
    .from(safeguardingItems)
    .where(eq(safeguardingItems.responseId, responseId))
    .orderBy(asc(safeguardingItems.raisedOn), asc(safeguardingItems.id));
}
