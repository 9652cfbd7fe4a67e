import { sql } from "drizzle-orm";
import type { Db } from "../db";
import { responseRollups, themeRollups } from "../schema";

/** Every submitted response counted afresh, read in the order of the covering index `responses_by_group`. */
export const REBUILD_RESPONSE_ROLLUPS_SQL = `INSERT INTO response_rollups (day, survey_id, audience, locale, channel, count)
  SELECT submitted_on, survey_id, audience, locale, channel, count(*) FROM responses
  WHERE status = 'submitted'
  GROUP BY submitted_on, survey_id, audience, locale, channel`;

/** What a rebuild counted: rollup rows written and the responses and coded answers they sum. */
export type RebuildCounts = {
  responseGroups: number;
  responses: number;
  themeGroups: number;
  codedAnswers: number;
};

/**
 * Recomputes both rollups from the responses and codes themselves, in one atomic batch, and puts
 * the watermark at the newest response: for data stored before the rollups existed, or to check the
 * incremental counts. Reads every submitted response once, in the covering index's order (no sort).
 */
export async function rebuildRollups(db: Db): Promise<RebuildCounts> {
  await db.batch([
    db.run(sql`DELETE FROM response_rollups`),
    db.run(sql.raw(REBUILD_RESPONSE_ROLLUPS_SQL)),
    db.run(sql`INSERT INTO rollup_progress (rollup, last_rowid)
      VALUES ('responses', (SELECT coalesce(max(rowid), 0) FROM responses))
      ON CONFLICT (rollup) DO UPDATE SET last_rowid = excluded.last_rowid`),
    db.run(sql`DELETE FROM theme_rollups`),
    db.run(sql`INSERT INTO theme_rollups (day, theme_id, survey_id, audience, count)
      SELECT r.submitted_on, c.theme_id, r.survey_id, r.audience, count(*)
      FROM answer_codes c JOIN responses r ON r.id = c.response_id
      WHERE r.status = 'submitted'
      GROUP BY r.submitted_on, c.theme_id, r.survey_id, r.audience`),
  ]);
  // Through the query builder, not raw `db.get`: raw rows are arrays on Node and objects on D1.
  const summed = { groups: sql<number>`count(*)`, total: sql<number>`coalesce(sum(count), 0)` };
  const responses = await db.select(summed).from(responseRollups).get();
  const themes = await db.select(summed).from(themeRollups).get();
  return {
    responseGroups: responses?.groups ?? 0,
    responses: responses?.total ?? 0,
    themeGroups: themes?.groups ?? 0,
    codedAnswers: themes?.total ?? 0,
  };
}
