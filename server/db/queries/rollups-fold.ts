import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db";

// How far the response rollups have read `responses`, by rowid. Responses are never deleted (a
// withdrawal only marks them), so rowids only grow and "rowid > watermark" is exactly the new ones.
const WATERMARK = "coalesce((SELECT last_rowid FROM rollup_progress WHERE rollup = 'responses'), 0)";

/**
 * Counts the responses stored since the last fold into response_rollups, summed per (day, survey,
 * audience, locale, channel), then moves the watermark past them. Run once per commit, it costs one
 * upsert per group touched instead of one per response. `NOT INDEXED` keeps SQLite on the rowid
 * range: the covering index in GROUP BY order would otherwise tempt it into reading every response.
 * A response withdrawn before its fold is simply not counted (see `withdrawalRollupStatements`).
 */
export const ROLLUP_FOLD_SQL: readonly string[] = [
  `INSERT INTO response_rollups (day, survey_id, audience, locale, channel, count)
   SELECT submitted_on, survey_id, audience, locale, channel, count(*)
   FROM responses NOT INDEXED
   WHERE rowid > ${WATERMARK} AND status = 'submitted'
   GROUP BY submitted_on, survey_id, audience, locale, channel
   ON CONFLICT (day, survey_id, audience, locale, channel)
   DO UPDATE SET count = response_rollups.count + excluded.count`,
  `INSERT INTO rollup_progress (rollup, last_rowid)
   SELECT 'responses', newest FROM (SELECT max(rowid) AS newest FROM responses)
   WHERE newest > ${WATERMARK}
   ON CONFLICT (rollup) DO UPDATE SET last_rowid = excluded.last_rowid`,
];

/** The subquery giving the watermark, for statements that must know whether a response was counted. */
export const ROLLUP_WATERMARK_SQL = WATERMARK;

// Databases whose adapter runs the fold itself once per group commit (the Node write queue).
const foldedOnCommit = new WeakSet<object>();

/** Records that `db`'s adapter folds the rollups once per commit, so batches need not carry the fold. */
export function markFoldsOnCommit(db: object): void {
  foldedOnCommit.add(db);
}

/**
 * The fold as statements to append to a batch that stores responses: none where the adapter folds
 * once per group commit (Node), the fold itself where each batch is its own transaction (D1, which
 * has no group commit), so the rollups are current as soon as the batch returns on either runtime.
 */
export function rollupFoldStatements(db: Db): BatchItem<"sqlite">[] {
  if (foldedOnCommit.has(db)) return [];
  return ROLLUP_FOLD_SQL.map((text) => db.run(sql.raw(text)));
}
