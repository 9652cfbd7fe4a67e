import { sql } from "drizzle-orm";
import type { Db } from "../db";
import { responses } from "../schema";

/** What officers see beside each survey's open/closed setting. Withdrawn responses count only as withdrawn. */
export type SurveyCounts = { total: number; thisQuarter: number; withdrawn: number; paper: number };

export const NO_RESPONSES: SurveyCounts = { total: 0, thisQuarter: 0, withdrawn: 0, paper: 0 };

/** Counts per survey id in one grouped scan (the survey/day index covers the grouping). */
export async function responseCountsBySurvey(db: Db, since: string): Promise<Map<string, SurveyCounts>> {
  const live = sql`${responses.status} = 'submitted'`;
  const rows = await db
    .select({
      surveyId: responses.surveyId,
      total: sql<number>`sum(case when ${live} then 1 else 0 end)`,
      thisQuarter: sql<number>`sum(case when ${live} and ${responses.submittedOn} >= ${since} then 1 else 0 end)`,
      withdrawn: sql<number>`sum(case when ${responses.status} = 'withdrawn' then 1 else 0 end)`,
      paper: sql<number>`sum(case when ${live} and ${responses.channel} = 'paper' then 1 else 0 end)`,
    })
    .from(responses)
    .groupBy(responses.surveyId);
  return new Map(
    rows.map((r) => [
      r.surveyId,
      {
        total: Number(r.total),
        thisQuarter: Number(r.thisQuarter),
        withdrawn: Number(r.withdrawn),
        paper: Number(r.paper),
      },
    ]),
  );
}
