import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "../db";
import { auditLog } from "../schema";

export type AuditRow = typeof auditLog.$inferSelect;

/** One audited event. `at` is set here so every caller records time the same way. */
export type AuditEvent = {
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
};

/** The statement that appends one event, to run alone or inside a batch with the change it records. */
export function auditStatement(db: Db, event: AuditEvent, now = new Date()) {
  return db.insert(auditLog).values({ ...event, at: now.toISOString() });
}

export async function audit(db: Db, event: AuditEvent, now = new Date()) {
  await auditStatement(db, event, now);
}

export type AuditFilter = {
  action?: string;
  actorId?: string;
  /** The officer's email as recorded at the time (lower case). */
  actorEmail?: string;
  from?: string; // YYYY-MM-DD
  to?: string; // YYYY-MM-DD, inclusive
  before?: number; // id, for paging back
  limit?: number;
};

/** Newest first, filtered, paged by id. */
export async function listAudit(db: Db, filter: AuditFilter = {}): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.actorEmail) where.push(eq(auditLog.actorEmail, filter.actorEmail));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, `${filter.to}T23:59:59.999Z`));
  if (filter.before) where.push(lt(auditLog.id, filter.before));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 100);
}

/** Every action recorded so far, for the audit log's filter (the action index answers it). */
export async function recordedAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
