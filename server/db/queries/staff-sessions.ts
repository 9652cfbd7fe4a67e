import { eq, lt, or } from "drizzle-orm";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../domain/auth/session-rules";
import type { Db } from "../db";
import { staffSessions, staffUsers } from "../schema";

export type StaffSession = typeof staffSessions.$inferSelect;

export async function insertSession(db: Db, session: typeof staffSessions.$inferInsert) {
  await db.insert(staffSessions).values(session);
}

/** The session and its user, by token hash. Columns are picked so their names do not clash. */
export async function findSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      tokenHash: staffSessions.tokenHash,
      stage: staffSessions.stage,
      startedAt: staffSessions.startedAt,
      seenAt: staffSessions.seenAt,
      pendingTotpSealed: staffSessions.pendingTotpSealed,
      userId: staffUsers.id,
      email: staffUsers.email,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(eq(staffSessions.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function updateSession(
  db: Db,
  tokenHash: string,
  changes: Partial<typeof staffSessions.$inferInsert>,
) {
  await db.update(staffSessions).set(changes).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

/** Signs a user out everywhere (disabled, password reset). */
export async function deleteSessionsOf(db: Db, userId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId));
}

/** Removes sessions that can no longer be used; run by the daily purge. */
export async function deleteDeadSessions(db: Db, now: number) {
  await db
    .delete(staffSessions)
    .where(
      or(
        lt(staffSessions.seenAt, now - SESSION_IDLE_MS),
        lt(staffSessions.startedAt, now - SESSION_ABSOLUTE_MS),
      ),
    );
}
