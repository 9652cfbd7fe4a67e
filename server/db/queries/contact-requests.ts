import { asc, count, eq, inArray } from "drizzle-orm";
import type { ContactStatus } from "../../domain/safeguarding/queue-status";
import type { Db } from "../db";
import { contactRequests } from "../schema";

/** What the queue lists about a request to talk to someone: never the sealed details. */
const summaryColumns = {
  id: contactRequests.id,
  linkedResponseId: contactRequests.linkedResponseId,
  status: contactRequests.status,
  requestedOn: contactRequests.requestedOn,
  actionedOn: contactRequests.actionedOn,
};

export type ContactSummary = {
  id: string;
  linkedResponseId: string | null;
  status: ContactStatus;
  requestedOn: string;
  actionedOn: string | null;
};

/** Requests in `statuses`, oldest first, a page at a time. */
export async function listContactRequests(
  db: Db,
  filter: { statuses: readonly ContactStatus[]; limit: number; offset: number },
): Promise<{ rows: ContactSummary[]; total: number }> {
  const where = inArray(contactRequests.status, [...filter.statuses]);
  const [rows, totals] = await Promise.all([
    db
      .select(summaryColumns)
      .from(contactRequests)
      .where(where)
      .orderBy(asc(contactRequests.requestedOn), asc(contactRequests.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(contactRequests).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** One request with its sealed details, for the one code path that opens and audits it. */
export async function findSealedContact(
  db: Db,
  id: string,
): Promise<(ContactSummary & { sealedDetails: string }) | undefined> {
  return db
    .select({ ...summaryColumns, sealedDetails: contactRequests.sealedDetails })
    .from(contactRequests)
    .where(eq(contactRequests.id, id))
    .get();
}

/** One request's summary (no details). */
export async function findContactSummary(db: Db, id: string): Promise<ContactSummary | undefined> {
  return db.select(summaryColumns).from(contactRequests).where(eq(contactRequests.id, id)).get();
}

/** The statement that moves a request to `status`, for a batch with its audit row. */
export function setContactStatusStatement(
  db: Db,
  id: string,
  status: ContactStatus,
  actionedOn: string | null,
) {
  return db.update(contactRequests).set({ status, actionedOn }).where(eq(contactRequests.id, id));
}
