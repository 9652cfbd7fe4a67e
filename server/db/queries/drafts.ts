import { and, eq, lt } from "drizzle-orm";
import type { Answers } from "../../domain/surveys/answer-schema";
import type { Db } from "../db";
import { drafts } from "../schema";

/** A survey in progress, kept server-side so the journey works without JavaScript. */
export type Draft = typeof drafts.$inferSelect;

/** Drafts untouched for this long are gone: a shared phone must not hand answers to the next person. */
export const DRAFT_IDLE_MS = 2 * 60 * 60 * 1000;

/** A new random draft id (128 bits), the only thing the draft cookie holds. */
export function newDraftId(): string {
  return crypto.randomUUID();
}

/** Starts a draft, sweeping out expired ones in the same atomic batch. */
export async function createDraft(db: Db, draft: Omit<Draft, "answers" | "touchedAt">, now = Date.now()) {
  await db.batch([
    db.delete(drafts).where(lt(drafts.touchedAt, now - DRAFT_IDLE_MS)),
    db.insert(drafts).values({ ...draft, answers: {}, touchedAt: now }),
  ]);
}

/** The live draft with this id for this survey, or undefined when missing, expired or for another survey. */
export async function findDraft(
  db: Db,
  id: string,
  surveyId: string,
  now = Date.now(),
): Promise<Draft | undefined> {
  const draft = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.id, id), eq(drafts.surveyId, surveyId)))
    .get();
  if (!draft || draft.touchedAt < now - DRAFT_IDLE_MS) return undefined;
  return draft;
}

/** Saves the draft's answers and resets its idle clock. */
export async function saveDraftAnswers(db: Db, id: string, answers: Answers, now = Date.now()) {
  await db.update(drafts).set({ answers, touchedAt: now }).where(eq(drafts.id, id));
}

/** The statement that deletes a draft, to run alone (quick exit) or inside a submission's batch. */
export function deleteDraftStatement(db: Db, id: string) {
  return db.delete(drafts).where(eq(drafts.id, id));
}

/** Deletes a draft (quick exit). */
export async function deleteDraft(db: Db, id: string) {
  await deleteDraftStatement(db, id);
}
