import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { ActionChange, NewAction } from "../../domain/publications/action-input";
import type { Db } from "../db";
import { actions, actionUpdates, themes } from "../schema";
import { auditStatement } from "./audit-log";
import type { Actor } from "./themes";

/** An action as stored. */
export type Action = typeof actions.$inferSelect;
/** An action with the day of its last progress note (or its creation), for the RAG rule. */
export type ListedAction = Action & { lastUpdateOn: string };
export type ActionUpdate = typeof actionUpdates.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

/** Every action, newest first, each with the day it last moved. */
export async function listActions(db: Db): Promise<ListedAction[]> {
  const rows = await db
    .select({ action: actions, lastNote: sql<string | null>`max(${actionUpdates.writtenOn})` })
    .from(actions)
    .leftJoin(actionUpdates, eq(actionUpdates.actionId, actions.id))
    .groupBy(actions.id)
    .orderBy(desc(actions.addedOn), asc(actions.title));
  return rows.map(({ action, lastNote }) => ({
    ...action,
    lastUpdateOn:
      [lastNote, action.updatedOn]
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? action.addedOn,
  }));
}

export async function findAction(db: Db, id: string): Promise<Action | undefined> {
  return db.select().from(actions).where(eq(actions.id, id)).get();
}

/** Progress notes on an action, newest first. */
export async function actionNotes(db: Db, actionId: string): Promise<ActionUpdate[]> {
  return db
    .select()
    .from(actionUpdates)
    .where(eq(actionUpdates.actionId, actionId))
    .orderBy(desc(actionUpdates.writtenOn), desc(actionUpdates.id));
}

/** Which of `ids` are themes in the codebook. */
export async function knownThemeIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: themes.id })
    .from(themes)
    .where(inArray(themes.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

// Done means done on a day: the day it was marked, unless the officer gave one.
const withDoneDay = <T extends { status?: string; doneOn?: string | null }>(input: T, before?: Action): T =>
  input.status === "done" && !input.doneOn && !before?.doneOn ? { ...input, doneOn: today() } : input;

/** Adds an action and its audit row in one batch. */
export async function createAction(db: Db, input: NewAction, actor: Actor): Promise<Action> {
  const id = crypto.randomUUID();
  const values = withDoneDay({ ...input, id, addedOn: today(), updatedOn: today() });
  const [rows] = await db.batch([
    db.insert(actions).values(values).returning(),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "action.created",
      target: id,
      detail: { title: input.title, status: values.status, themes: input.themes, outcomes: input.outcomes },
    }),
  ]);
  const created = rows[0];
  if (!created) throw new Error("The new action was not stored.");
  return created;
}

/** Changes an action and audits which fields changed, in one batch; undefined when there is none. */
export async function updateAction(
  db: Db,
  id: string,
  change: ActionChange,
  actor: Actor,
): Promise<Action | undefined> {
  const before = await findAction(db, id);
  if (!before) return undefined;
  const changed = Object.fromEntries(
    Object.entries(withDoneDay(change, before)).filter(
      ([key, value]) =>
        value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key as keyof Action]),
    ),
  );
  if (Object.keys(changed).length === 0) return before;
  const [rows] = await db.batch([
    db
      .update(actions)
      .set({ ...changed, updatedOn: today() })
      .where(eq(actions.id, id))
      .returning(),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "action.updated",
      target: id,
      detail: { changed: Object.keys(changed) },
    }),
  ]);
  return rows[0];
}

/** Adds a progress note (audited as action.updated, with the note's id, not its words). */
export async function addActionNote(
  db: Db,
  actionId: string,
  note: string,
  actor: Actor,
): Promise<ActionUpdate> {
  const id = crypto.randomUUID();
  const [rows] = await db.batch([
    db
      .insert(actionUpdates)
      .values({ id, actionId, note, writtenOn: today(), authorId: actor.userId })
      .returning(),
    db.update(actions).set({ updatedOn: today() }).where(eq(actions.id, actionId)),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "action.updated",
      target: actionId,
      detail: { note: id },
    }),
  ]);
  const created = rows[0];
  if (!created) throw new Error("The progress note was not stored.");
  return created;
}
