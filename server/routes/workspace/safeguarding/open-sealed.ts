import type { Db } from "../../../db/db";
import { audit } from "../../../db/queries/audit-log";
import { findSealedContact } from "../../../db/queries/contact-requests";
import { today } from "../../../db/queries/responses";
import { findSealedItem, itemsOfResponse, redactedContext } from "../../../db/queries/safeguarding-queue";
import { listSealedNotes, type NoteKind } from "../../../db/queries/safeguarding-queue-notes";
import { unseal } from "../../../domain/crypto/sealed-text";
import type { StaffContext } from "../../../http/app-env";
import { describeContact, describeItem } from "./describe";
import { contactDetailsSchema, type NoteView, type OpenedContact, type OpenedItem } from "./schemas";

/** What opening needs: the database, the safeguarding key, who is reading, and their language. */
export type Opener = { db: Db; key: CryptoKey; staff: StaffContext; locale: string };

async function openNotes(o: Opener, kind: NoteKind, id: string): Promise<NoteView[]> {
  const sealed = await listSealedNotes(o.db, kind, id);
  return Promise.all(
    sealed.map(async (n) => ({
      id: n.id,
      author: n.authorEmail,
      writtenAt: n.writtenAt,
      note: await unseal(o.key, n.sealedNote),
    })),
  );
}

/**
 * The one way an item's original words are read: the audit row is written (and durable) before
 * anything is decrypted, so no one can read a disclosure without it being on record.
 */
export async function openItem(o: Opener, id: string): Promise<OpenedItem | undefined> {
  const row = await findSealedItem(o.db, id);
  if (!row) return undefined;
  await audit(o.db, {
    actorId: o.staff.userId,
    actorEmail: o.staff.email,
    action: "safeguarding.item.viewed",
    target: id,
  });
  const [text, notes, context] = await Promise.all([
    unseal(o.key, row.sealedText),
    openNotes(o, "item", id),
    redactedContext(o.db, row.responseId, row.questionId),
  ]);
  return {
    ...describeItem(row, o.locale, today()),
    text,
    responseId: row.responseId,
    audience: context?.audience ?? null,
    redactedAnswer: context?.redacted ?? null,
    notes,
  };
}

/** The same for a request to talk to someone: audited, then decrypted. */
export async function openContact(o: Opener, id: string): Promise<OpenedContact | undefined> {
  const row = await findSealedContact(o.db, id);
  if (!row) return undefined;
  await audit(o.db, {
    actorId: o.staff.userId,
    actorEmail: o.staff.email,
    action: "safeguarding.contact.viewed",
    target: id,
  });
  const [plain, notes, linked] = await Promise.all([
    unseal(o.key, row.sealedDetails),
    openNotes(o, "contact", id),
    row.linkedResponseId ? itemsOfResponse(o.db, row.linkedResponseId) : Promise.resolve([]),
  ]);
  const now = today();
  return {
    ...describeContact(row, now),
    details: parseDetails(plain),
    linkedResponseId: row.linkedResponseId,
    linkedItems: linked.map((item) => describeItem(item, o.locale, now)),
    notes,
  };
}

/** The contact form stores JSON; anything else (an older format) is shown whole as the message. */
function parseDetails(plain: string) {
  try {
    const parsed = contactDetailsSchema.safeParse(JSON.parse(plain));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through
  }
  return { how: "", when: "", message: plain };
}
