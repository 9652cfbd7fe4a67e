import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { surveySettings } from "../schema";
import { type AuditEvent, auditStatement } from "./audit-log";
import { today } from "./responses";

/** Whether a survey takes answers. A survey nobody has closed is open. */
export type SurveyStatus = "open" | "closed";

/** The one check the journey, the API and the home page make before offering or taking answers. */
export async function surveyIsOpen(db: Db, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: surveySettings.status })
    .from(surveySettings)
    .where(eq(surveySettings.surveyId, surveyId))
    .limit(1);
  return row?.status !== "closed";
}

/** Ids of the surveys officers have closed, for lists that should leave them out. */
export async function closedSurveyIds(db: Db): Promise<Set<string>> {
  const rows = await db
    .select({ surveyId: surveySettings.surveyId })
    .from(surveySettings)
    .where(eq(surveySettings.status, "closed"));
  return new Set(rows.map((r) => r.surveyId));
}

/** Every stored setting: status and the day it last changed, by survey id. */
export async function surveySettingsById(
  db: Db,
): Promise<Map<string, { status: SurveyStatus; changedOn: string }>> {
  const rows = await db.select().from(surveySettings);
  return new Map(rows.map((r) => [r.surveyId, { status: r.status, changedOn: r.changedOn }]));
}

/**
 * Opens or closes a survey and records who did it, in one batch so the change and its audit row
 * never part. Returns false (and writes nothing) when the survey already had that status.
 */
export async function setSurveyStatus(
  db: Db,
  change: { surveyId: string; status: SurveyStatus; actor: Pick<AuditEvent, "actorId" | "actorEmail"> },
): Promise<boolean> {
  if ((await surveyIsOpen(db, change.surveyId)) === (change.status === "open")) return false;
  const changedOn = today();
  await db.batch([
    db
      .insert(surveySettings)
      .values({ surveyId: change.surveyId, status: change.status, changedOn })
      .onConflictDoUpdate({ target: surveySettings.surveyId, set: { status: change.status, changedOn } }),
    auditStatement(db, {
      ...change.actor,
      action: change.status === "open" ? "survey.opened" : "survey.closed",
      target: change.surveyId,
    }),
  ]);
  return true;
}
