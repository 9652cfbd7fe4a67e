import { eq, max } from "drizzle-orm";
import type { Db } from "../db";
import { auditLog } from "../schema";

/**
 * The day (YYYY-MM-DD) each officer last signed in, from the audit log's "sign-in" rows (written
 * when the password is accepted), by user id. The audit-by-action index keeps this a narrow scan.
 */
export async function lastSignInDays(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ actorId: auditLog.actorId, at: max(auditLog.at) })
    .from(auditLog)
    .where(eq(auditLog.action, "sign-in"))
    .groupBy(auditLog.actorId);
  return new Map(rows.flatMap((r) => (r.actorId && r.at ? [[r.actorId, r.at.slice(0, 10)] as const] : [])));
}
