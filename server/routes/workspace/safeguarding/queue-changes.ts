import type { Db } from "../../../db/db";
import { auditStatement } from "../../../db/queries/audit-log";
import { findContactSummary, setContactStatusStatement } from "../../../db/queries/contact-requests";
import { today } from "../../../db/queries/responses";
import { findQueueItem, setItemStatusStatement } from "../../../db/queries/safeguarding-queue";
import { addNoteStatement, type NoteKind } from "../../../db/queries/safeguarding-queue-notes";
import { seal } from "../../../domain/crypto/sealed-text";
import {
  actionedOnFor,
  type ContactStatus,
  closedOnFor,
  type ItemStatus,
} from "../../../domain/safeguarding/queue-status";
import type { StaffContext } from "../../../http/app-env";

const actor = (staff: StaffContext) => ({ actorId: staff.userId, actorEmail: staff.email });

/**
 * Moves an item to `status` and records who did it, in one batch. Setting the status it already
 * has changes nothing and records nothing. Undefined when there is no such item.
 */
export async function changeItemStatus(db: Db, staff: StaffContext, id: string, status: ItemStatus) {
  const item = await findQueueItem(db, id);
  if (!item || item.status === status) return item;
  const closedOn = closedOnFor(status, item.closedOn, today());
  await db.batch([
    setItemStatusStatement(db, id, status, closedOn),
    auditStatement(db, {
      ...actor(staff),
      action: "safeguarding.status-changed",
      target: id,
      detail: { kind: "item", from: item.status, to: status },
    }),
  ]);
  return { ...item, status, closedOn };
}

/** The same for a request to talk to someone (`new` or `actioned`). */
export async function changeContactStatus(db: Db, staff: StaffContext, id: string, status: ContactStatus) {
  const request = await findContactSummary(db, id);
  if (!request || request.status === status) return request;
  const actionedOn = actionedOnFor(status, today());
  await db.batch([
    setContactStatusStatement(db, id, status, actionedOn),
    auditStatement(db, {
      ...actor(staff),
      action: "safeguarding.status-changed",
      target: id,
      detail: { kind: "contact", from: request.status, to: status },
    }),
  ]);
  return { ...request, status, actionedOn };
}

/**
 * Adds a sealed note to an item or contact request. The audit row says a note was added and which
 * one, never what it says. Undefined when there is no such item or request.
 */
export async function addNote(
  db: Db,
  key: CryptoKey,
  staff: StaffContext,
  target: { kind: NoteKind; id: string },
  note: string,
): Promise<{ id: string; writtenAt: string } | undefined> {
  const exists =
    target.kind === "item" ? await findQueueItem(db, target.id) : await findContactSummary(db, target.id);
  if (!exists) return undefined;
  const row = {
    id: crypto.randomUUID(),
    itemKind: target.kind,
    itemId: target.id,
    authorId: staff.userId,
    writtenAt: new Date().toISOString(),
    sealedNote: await seal(key, note),
  };
  await db.batch([
    addNoteStatement(db, row),
    auditStatement(db, {
      ...actor(staff),
      action: "safeguarding.note-added",
      target: target.id,
      detail: { kind: target.kind, noteId: row.id },
    }),
  ]);
  return { id: row.id, writtenAt: row.writtenAt };
}
