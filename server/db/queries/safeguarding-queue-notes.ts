import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db";
import { safeguardingNotes, staffUsers } from "../schema";

/** Which kind of thing a note is about. */
export type NoteKind = "item" | "contact";

/** A note as stored: the text sealed, the author by id. */
export type NewNote = typeof safeguardingNotes.$inferInsert;

/** The statement that adds one sealed note, for a batch with its audit row. */
export function addNoteStatement(db: Db, note: NewNote) {
  return db.insert(safeguardingNotes).values(note);
}

/** A note with its author's email (null if the account is gone), oldest first; still sealed. */
export type SealedNote = { id: string; authorEmail: string | null; writtenAt: string; sealedNote: string };

/** The notes on one item or contact request, oldest first. */
export async function listSealedNotes(db: Db, kind: NoteKind, itemId: string): Promise<SealedNote[]> {
  return db
    .select({
      id: safeguardingNotes.id,
      authorEmail: staffUsers.email,
      writtenAt: safeguardingNotes.writtenAt,
      sealedNote: safeguardingNotes.sealedNote,
    })
    .from(safeguardingNotes)
    .leftJoin(staffUsers, eq(staffUsers.id, safeguardingNotes.authorId))
    .where(and(eq(safeguardingNotes.itemKind, kind), eq(safeguardingNotes.itemId, itemId)))
    .orderBy(asc(safeguardingNotes.writtenAt), asc(safeguardingNotes.id));
}
