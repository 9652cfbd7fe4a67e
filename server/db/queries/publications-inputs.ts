import { and, eq, gte, lte, sql } from "drizzle-orm";
import type { DayRange } from "../../domain/periods/period";
import type { ResponseGroup } from "../../domain/publications/build-publication";
import type { Db } from "../db";
import { answerCodes, responses } from "../schema";

// Read straight from the responses for now; the report's rollups can answer the same question later.
const inPeriod = (period: DayRange) =>
  and(
    eq(responses.status, "submitted"),
    gte(responses.submittedOn, period.from),
    lte(responses.submittedOn, period.to),
  );

/** Responses submitted in `period`, by survey and audience, with the first and last day in each group. */
export async function responseGroups(db: Db, period: DayRange): Promise<ResponseGroup[]> {
  const rows = await db
    .select({
      surveyId: responses.surveyId,
      audience: responses.audience,
      count: sql<number>`count(*)`,
      firstDay: sql<string>`min(${responses.submittedOn})`,
      lastDay: sql<string>`max(${responses.submittedOn})`,
    })
    .from(responses)
    .where(inPeriod(period))
    .groupBy(responses.surveyId, responses.audience);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Coded answers per theme, on responses submitted in `period`. */
export async function themeCountsIn(db: Db, period: DayRange): Promise<{ themeId: string; count: number }[]> {
  const rows = await db
    .select({ themeId: answerCodes.themeId, count: sql<number>`count(*)` })
    .from(answerCodes)
    .innerJoin(responses, eq(responses.id, answerCodes.responseId))
    .where(inPeriod(period))
    .groupBy(answerCodes.themeId);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
