import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { HarmDecision } from "../../domain/themes/suggest-themes";
import type { Db } from "../db";
import { answerCodes, answers, harmReviews, responses } from "../schema";
import { auditStatement } from "./audit-log";
import { codeRollupStatements } from "./rollups-changes";
import type { Actor } from "./themes";

/** One free-text answer: the response it belongs to and the question it answers. */
export type AnswerKey = { responseId: string; questionId: string };

/** How an answer is named in the audit trail (ids only, never its words). */
export const answerTarget = (key: AnswerKey) => `${key.responseId}:${key.questionId}`;

// D1 binds at most 100 parameters per statement; stay well under it.
const CHUNK = 80;
const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/** Runs statements atomically; a batch needs at least one. */
async function runAll(db: Db, statements: BatchItem<"sqlite">[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/**
 * Which of `keys` are free-text answers of responses not withdrawn: the only answers an analyst
 * may code. Returned as audit targets (`responseId:questionId`).
 */
export async function codableAnswers(db: Db, keys: readonly AnswerKey[]): Promise<Set<string>> {
  const found = new Set<string>();
  const wanted = new Set(keys.map(answerTarget));
  for (const ids of chunks([...new Set(keys.map((k) => k.responseId))], CHUNK)) {
    const rows = await db
      .select({ responseId: answers.responseId, questionId: answers.questionId })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .where(
        and(inArray(answers.responseId, ids), eq(answers.freeText, true), eq(responses.status, "submitted")),
      );
    for (const row of rows) if (wanted.has(answerTarget(row))) found.add(answerTarget(row));
  }
  return found;
}

/** The themes applied to each of `keys`, by audit target. */
export async function codesOf(db: Db, keys: readonly AnswerKey[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const ids of chunks([...new Set(keys.map((k) => k.responseId))], CHUNK)) {
    const rows = await db
      .select({
        responseId: answerCodes.responseId,
        questionId: answerCodes.questionId,
        themeId: answerCodes.themeId,
      })
      .from(answerCodes)
      .where(inArray(answerCodes.responseId, ids));
    for (const row of rows) out.set(answerTarget(row), [...(out.get(answerTarget(row)) ?? []), row.themeId]);
  }
  return out;
}

/** Analysts' harm decisions on each of `keys`, by audit target. */
export async function harmReviewsOf(
  db: Db,
  keys: readonly AnswerKey[],
): Promise<Map<string, { harm: string; decision: HarmDecision }[]>> {
  const out = new Map<string, { harm: string; decision: HarmDecision }[]>();
  for (const ids of chunks([...new Set(keys.map((k) => k.responseId))], CHUNK)) {
    const rows = await db
      .select({
        responseId: harmReviews.responseId,
        questionId: harmReviews.questionId,
        harm: harmReviews.harm,
        decision: harmReviews.decision,
      })
      .from(harmReviews)
      .where(inArray(harmReviews.responseId, ids));
    for (const row of rows) {
      const list = out.get(answerTarget(row)) ?? [];
      list.push({ harm: row.harm, decision: row.decision });
      out.set(answerTarget(row), list);
    }
  }
  return out;
}

/** Themes to add to and remove from one answer. */
export type CodeChange = { add: readonly string[]; remove: readonly string[] };

/**
 * Adds and removes themes on answers, each change with its own audit row, all in one batch. Callers
 * pass only real changes (a theme not yet applied to add, one applied to remove).
 */
export async function changeCodes(
  db: Db,
  changes: readonly { key: AnswerKey; change: CodeChange }[],
  actor: Actor,
  options: { bulk?: boolean } = {},
): Promise<void> {
  const now = new Date();
  const codedOn = now.toISOString().slice(0, 10);
  const who = { actorId: actor.userId, actorEmail: actor.email };
  const adds = changes.flatMap(({ key, change }) =>
    change.add.map((themeId) => ({ ...key, themeId, codedBy: actor.userId, codedOn })),
  );
  const events = changes.flatMap(({ key, change }) => [
    ...change.add.map((themeId) => ({
      ...who,
      action: "code.added",
      target: answerTarget(key),
      detail: { themeId, ...(options.bulk ? { bulk: true } : {}) },
    })),
    ...change.remove.map((themeId) => ({
      ...who,
      action: "code.removed",
      target: answerTarget(key),
      detail: { themeId },
    })),
  ]);
  const removals = changes.flatMap(({ key, change }) =>
    change.remove.map((themeId) =>
      db
        .delete(answerCodes)
        .where(
          and(
            eq(answerCodes.responseId, key.responseId),
            eq(answerCodes.questionId, key.questionId),
            eq(answerCodes.themeId, themeId),
          ),
        ),
    ),
  );
  await runAll(db, [
    // First: each counts a code only if it is not there yet (adds) or still there (removals).
    ...codeRollupStatements(db, changes),
    ...chunks(adds, 15).map((rows) => db.insert(answerCodes).values(rows).onConflictDoNothing()),
    ...removals,
    ...events.map((event) => auditStatement(db, event, now)),
  ]);
}

/** Records an analyst's decision on one harm for one answer (a later decision replaces it), audited. */
export async function reviewHarm(
  db: Db,
  key: AnswerKey,
  harm: string,
  decision: HarmDecision,
  actor: Actor,
): Promise<void> {
  const reviewedOn = new Date().toISOString().slice(0, 10);
  await db.batch([
    db
      .insert(harmReviews)
      .values({ ...key, harm, decision, reviewedBy: actor.userId, reviewedOn })
      .onConflictDoUpdate({
        target: [harmReviews.responseId, harmReviews.questionId, harmReviews.harm],
        set: { decision, reviewedBy: actor.userId, reviewedOn },
      }),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "harm.reviewed",
      target: answerTarget(key),
      detail: { harm, decision },
    }),
  ]);
}

/** The harms the analysis suggested for one answer (null when none were looked for). */
export async function suggestedHarmsOf(db: Db, key: AnswerKey): Promise<string[] | null> {
  const row = await db
    .select({ suggested: answers.suggestedHarms })
    .from(answers)
    .where(and(eq(answers.responseId, key.responseId), eq(answers.questionId, key.questionId)))
    .get();
  return row?.suggested ?? null;
}
