import type { Db } from "../../../db/db";
import { type AuditFilter, type AuditRow, audit, listAudit } from "../../../db/queries/audit-log";
import { toCsv } from "../../../domain/export/csv";
import type { StaffContext } from "../../../http/app-env";

/** Most rows one export holds; past this an admin narrows the dates. */
export const MAX_EXPORT_ROWS = 100_000;
const CHUNK = 1000;

const HEADER = ["id", "at", "actor_id", "actor_email", "action", "target", "detail"];

/** Every row the filter matches, newest first, read a chunk at a time by id. */
async function matchingRows(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let before = filter.before;
  while (rows.length < MAX_EXPORT_ROWS) {
    const chunk = await listAudit(db, { ...filter, before, limit: CHUNK });
    rows.push(...chunk);
    if (chunk.length < CHUNK) break;
    before = chunk[chunk.length - 1]?.id;
  }
  return rows.slice(0, MAX_EXPORT_ROWS);
}

/**
 * The filtered log as CSV. The export is itself recorded (who, which filter, how many rows) before
 * the file is handed over, so copies of the log leaving the system are on the log too.
 */
export async function exportAudit(db: Db, staff: StaffContext, filter: AuditFilter) {
  const rows = await matchingRows(db, filter);
  await audit(db, {
    actorId: staff.userId,
    actorEmail: staff.email,
    action: "audit.exported",
    detail: { filter: { ...filter, before: undefined, limit: undefined }, rows: rows.length },
  });
  return toCsv(
    HEADER,
    rows.map((r) => [
      r.id,
      r.at,
      r.actorId,
      r.actorEmail,
      r.action,
      r.target,
      r.detail ? JSON.stringify(r.detail) : "",
    ]),
  );
}
