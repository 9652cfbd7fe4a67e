import { between, lte, sql } from "drizzle-orm";
import type { Period } from "../../domain/periods/period";
import type { ActionRecord } from "../../domain/reports/report-actions";
import type { Db } from "../db";
import { actions, actionUpdates, responseRollups, themeRollups, themes } from "../schema";

// Report queries read the rollups and the small tables (themes, actions) only, never `responses` or
// `answers`: a quarter is a range of the rollups' primary key (day first), a few thousand rows even
// over millions of responses. report-data.test.ts checks the query plans.

const toRecord = (rows: readonly { key: string; n: number }[]) =>
  Object.fromEntries(rows.map((row) => [row.key, Number(row.n)]));

/** The query behind `voicesByAudience`, unexecuted (tests read its plan). */
export function voicesQuery(db: Db, period: Period) {
  return db
    .select({ key: responseRollups.audience, n: sql<number>`sum(${responseRollups.count})` })
    .from(responseRollups)
    .where(between(responseRollups.day, period.from, period.to))
    .groupBy(responseRollups.audience);
}

/** Submitted responses per audience in a period, from response_rollups. */
export async function voicesByAudience(db: Db, period: Period): Promise<Record<string, number>> {
  return toRecord(await voicesQuery(db, period));
}

/** The query behind `codedAnswersByTheme`, unexecuted. */
export function themeCountsQuery(db: Db, period: Period) {
  return db
    .select({ key: themeRollups.themeId, n: sql<number>`sum(${themeRollups.count})` })
    .from(themeRollups)
    .where(between(themeRollups.day, period.from, period.to))
    .groupBy(themeRollups.themeId);
}

/** Coded answers per theme in a period (by the day of the response), from theme_rollups. */
export async function codedAnswersByTheme(db: Db, period: Period): Promise<Record<string, number>> {
  return toRecord(await themeCountsQuery(db, period));
}

/** The codebook, retired themes included (their past counts still belong in a report). */
export function reportThemes(db: Db) {
  return db
    .select({ id: themes.id, label: themes.label, outcomes: themes.outcomes })
    .from(themes)
    .orderBy(themes.label);
}

/** The query behind `reportActions`, unexecuted. */
export function actionsQuery(db: Db, period: Period) {
  const lastNote = sql<string | null>`(select max(${actionUpdates.writtenOn}) from ${actionUpdates}
    where ${actionUpdates.actionId} = ${actions.id})`;
  return db
    .select({
      id: actions.id,
      title: actions.title,
      agency: actions.agency,
      owningTeam: actions.owningTeam,
      status: actions.status,
      dueOn: actions.dueOn,
      doneOn: actions.doneOn,
      addedOn: actions.addedOn,
      updatedOn: actions.updatedOn,
      lastNote,
      outcomes: actions.outcomes,
    })
    .from(actions)
    .where(lte(actions.addedOn, period.to));
}

/** Actions added by the end of `period`, each with the day it last moved (note or edit). */
export async function reportActions(db: Db, period: Period): Promise<ActionRecord[]> {
  const rows = await actionsQuery(db, period);
  // The same rule as the actions list: the later of the last progress note and the last edit.
  return rows.map(({ lastNote: note, updatedOn, ...row }) => ({
    ...row,
    lastUpdateOn: note && note > updatedOn ? note : updatedOn,
  }));
}
