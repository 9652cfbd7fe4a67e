import type { Db } from "../db";
import { contactRequests, safeguardingItems } from "../schema";

/** A possible disclosure to queue for the safeguarding lead; `sealedText` is the encrypted original. */
export type NewSafeguardingItem = typeof safeguardingItems.$inferInsert;

/** The statement that queues one item, to run inside the submission's batch. */
export function queueSafeguardingItem(db: Db, item: NewSafeguardingItem) {
  return db.insert(safeguardingItems).values(item);
}

/** Stores an "I want someone to talk to me" request (details sealed). */
export async function storeContactRequest(db: Db, request: typeof contactRequests.$inferInsert) {
  await db.insert(contactRequests).values(request);
}
