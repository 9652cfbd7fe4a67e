import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db";
import { responseRollups, themeRollups } from "../schema";
import { ROLLUP_WATERMARK_SQL } from "./rollups-fold";

/** One answer and a theme applied to or taken off it. */
export type CodedAnswer = { responseId: string; questionId: string; themeId: string };

// Built with drizzle's builders around SQL fragments, not `db.run(sql)`: drizzle's D1 batch cannot
// bind parameters of a raw statement, and these all take some.

/**
 * Takes a withdrawn response back out of both rollups. Goes in the withdrawal's batch BEFORE the
 * statement that marks it withdrawn: both read the response while it is still `submitted`, so a
 * second withdrawal changes nothing, and a response not yet folded (rowid past the watermark, same
 * group commit) is not subtracted, because the fold will skip it as withdrawn.
 */
export function withdrawalRollupStatements(
  db: Db,
  receiptHash: string,
): [BatchItem<"sqlite">, BatchItem<"sqlite">] {
  const r = responseRollups;
  const t = themeRollups;
  const codesOfResponse = sql`FROM responses r JOIN answer_codes c ON c.response_id = r.id
    WHERE r.receipt_hash = ${receiptHash} AND r.status = 'submitted'`;
  return [
    db
      .update(r)
      .set({ count: sql`${r.count} - 1` })
      .where(sql`(${r.day}, ${r.surveyId}, ${r.audience}, ${r.locale}, ${r.channel}) IN
        (SELECT submitted_on, survey_id, audience, locale, channel FROM responses
         WHERE receipt_hash = ${receiptHash} AND status = 'submitted'
           AND rowid <= ${sql.raw(ROLLUP_WATERMARK_SQL)})`),
    // Codes stay on a withdrawn response's answers (the audit trail names them), but stop counting.
    db
      .update(t)
      .set({ count: sql`${t.count} - (SELECT count(*) ${codesOfResponse} AND c.theme_id = ${t.themeId})` })
      .where(sql`(${t.day}, ${t.themeId}, ${t.surveyId}, ${t.audience}) IN
        (SELECT r.submitted_on, c.theme_id, r.survey_id, r.audience ${codesOfResponse})`),
  ];
}

/**
 * Counts a theme newly applied to an answer. Runs BEFORE the insert into answer_codes and only if
 * the code is not there yet (the insert ignores duplicates), and only for a submitted response.
 */
function codeAdded(db: Db, code: CodedAnswer): BatchItem<"sqlite"> {
  const t = themeRollups;
  return db
    .insert(t)
    .select(sql`SELECT r.submitted_on, ${code.themeId}, r.survey_id, r.audience, 1 FROM responses r
      WHERE r.id = ${code.responseId} AND r.status = 'submitted'
        AND NOT EXISTS (SELECT 1 FROM answer_codes c WHERE c.response_id = r.id
                        AND c.question_id = ${code.questionId} AND c.theme_id = ${code.themeId})`)
    .onConflictDoUpdate({
      target: [t.day, t.themeId, t.surveyId, t.audience],
      set: { count: sql`${t.count} + 1` },
    });
}

/** Uncounts a theme taken off an answer; runs BEFORE the delete, and only if the code is there. */
function codeRemoved(db: Db, code: CodedAnswer): BatchItem<"sqlite"> {
  const t = themeRollups;
  return db
    .update(t)
    .set({ count: sql`${t.count} - 1` })
    .where(sql`${t.themeId} = ${code.themeId} AND (${t.day}, ${t.surveyId}, ${t.audience}) IN
      (SELECT r.submitted_on, r.survey_id, r.audience FROM responses r JOIN answer_codes c ON c.response_id = r.id
       WHERE r.id = ${code.responseId} AND r.status = 'submitted'
         AND c.question_id = ${code.questionId} AND c.theme_id = ${code.themeId})`);
}

const keyOf = (code: CodedAnswer) => `${code.responseId}\u0000${code.questionId}\u0000${code.themeId}`;

/**
 * The theme_rollups changes for a coding batch: one statement per code added or removed (analysts
 * are slow, so per-action upserts cost nothing that matters). Put them at the START of the batch,
 * before the codes are inserted or deleted, since each looks at whether the code exists yet.
 */
export function codeRollupStatements(
  db: Db,
  changes: readonly {
    key: { responseId: string; questionId: string };
    change: { add: readonly string[]; remove: readonly string[] };
  }[],
): BatchItem<"sqlite">[] {
  const seen = new Set<string>();
  const once = (code: CodedAnswer) => !seen.has(keyOf(code)) && seen.add(keyOf(code)) !== undefined;
  return changes.flatMap(({ key, change }) => [
    ...change.add
      .map((themeId) => ({ ...key, themeId }))
      .filter(once)
      .map((code) => codeAdded(db, code)),
    ...change.remove
      .map((themeId) => ({ ...key, themeId }))
      .filter(once)
      .map((code) => codeRemoved(db, code)),
  ]);
}
