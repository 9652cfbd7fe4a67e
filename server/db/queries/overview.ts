import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { DayRange } from "../../domain/periods/period";
import type { Db } from "../db";
import { answerCodes, contactRequests, responses, safeguardingItems } from "../schema";

/** Responses submitted in `period` (not withdrawn), counted by survey and audience. */
export async function responseCounts(db: Db, period: DayRange) {
  const rows = await db
    .select({ surveyId: responses.surveyId, audience: responses.audience, count: sql<number>`count(*)` })
    .from(responses)
    .where(
      and(
        gte(responses.submittedOn, period.from),
        lte(responses.submittedOn, period.to),
        eq(responses.status, "submitted"),
      ),
    )
    .groupBy(responses.surveyId, responses.audience);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Coded answers per theme, for answers in responses submitted in `period` (not withdrawn). */
export async function themeCounts(db: Db, period: DayRange) {
  const rows = await db
    .select({ id: answerCodes.themeId, count: sql<number>`count(*)` })
    .from(answerCodes)
    .innerJoin(responses, eq(responses.id, answerCodes.responseId))
    .where(
      and(
        gte(responses.submittedOn, period.from),
        lte(responses.submittedOn, period.to),
        eq(responses.status, "submitted"),
      ),
    )
    .groupBy(answerCodes.themeId);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Possible disclosures not yet dealt with (new or in review): a number, never their content. */
export async function openSafeguardingCount(db: Db): Promise<number> {
  const row = await db
    .select({ count: sql<number>`count(*)` })
    .from(safeguardingItems)
    .where(inArray(safeguardingItems.status, ["new", "in-review"]))
    .get();
  return Number(row?.count ?? 0);
}

/** "Someone to talk to" requests not yet actioned: a number, never who or what. */
export async function openContactCount(db: Db): Promise<number> {
  const row = await db
    .select({ count: sql<number>`count(*)` })
    .from(contactRequests)
    .where(eq(contactRequests.status, "new"))
    .get();
  return Number(row?.count ?? 0);
}
