import { and, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { ListingCursor } from "../../domain/themes/listing-cursor";
import type { Db } from "../db";
import { answerCodes, answers, harmReviews, responses } from "../schema";

/** Which free-text answers to list. Every field narrows the list; none lists them all. */
export type ListingFilter = {
  surveyId?: string;
  audience?: string;
  /** Days of submission, both ends included (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /**
   * Each group is "coded with at least one of these themes"; all groups must hold. A theme filter is
   * one group of one; an outcome filter is the group of themes linked to it (empty: nothing matches).
   */
  codedWith?: readonly (readonly string[])[];
  /** Suggested by the analysis and not rejected, or accepted by an analyst. */
  harm?: string;
  /** true: only answers with a theme; false: only answers with none. */
  coded?: boolean;
  after?: ListingCursor;
  limit: number;
};

/** One free-text answer as officers see it: redacted text and facts about its response, nothing more. */
export type ListedAnswer = {
  responseId: string;
  questionId: string;
  surveyId: string;
  audience: string;
  locale: string;
  submittedOn: string;
  text: string;
  suggestedHarms: string[] | null;
};

// The same answer in the outer query and in a subquery over `table`.
const sameAnswer = (table: typeof answerCodes | typeof harmReviews) =>
  sql`${table.responseId} = ${answers.responseId} and ${table.questionId} = ${answers.questionId}`;

function conditions(filter: ListingFilter): SQL[] {
  const where: SQL[] = [eq(responses.status, "submitted")];
  if (filter.surveyId) where.push(eq(responses.surveyId, filter.surveyId));
  if (filter.audience) where.push(eq(responses.audience, filter.audience));
  if (filter.from) where.push(gte(responses.submittedOn, filter.from));
  if (filter.to) where.push(lte(responses.submittedOn, filter.to));
  for (const group of filter.codedWith ?? []) {
    if (group.length === 0) {
      where.push(sql`0`);
      continue;
    }
    const withTheme = inArray(answerCodes.themeId, [...group]);
    // The `in` lets SQLite start from the theme index (answer_codes_by_theme) and sort only what
    // matches, quick whether a theme is rare or common; `exists` then checks the very answer.
    where.push(
      sql`${responses.id} in (select ${answerCodes.responseId} from ${answerCodes} where ${withTheme})`,
      sql`exists (select 1 from ${answerCodes} where ${sameAnswer(answerCodes)} and ${withTheme})`,
    );
  }
  if (filter.coded !== undefined) {
    // `+exists`: checked per answer while reading in page order (coded answers are common), rather
    // than turned into a join that reads every answer and sorts them.
    const any = sql`exists (select 1 from ${answerCodes} where ${sameAnswer(answerCodes)})`;
    where.push(filter.coded ? sql`+${any}` : sql`not ${any}`);
  }
  if (filter.harm) {
    const review = (decision: string) =>
      sql`exists (select 1 from ${harmReviews} where ${sameAnswer(harmReviews)} and ${harmReviews.harm} = ${filter.harm} and ${harmReviews.decision} = ${decision})`;
    // Harm ids are a fixed list of plain words, so `"cse"` in the JSON array is that harm and no other.
    const suggested = sql`instr(${answers.suggestedHarms}, ${JSON.stringify(filter.harm)}) > 0`;
    where.push(sql`((${suggested} and not ${review("rejected")}) or ${review("accepted")})`);
  }
  if (filter.after) {
    const { day, responseId, questionId } = filter.after;
    where.push(
      sql`(${responses.submittedOn}, ${responses.id}, ${answers.questionId}) < (${day}, ${responseId}, ${questionId})`,
    );
  }
  return where;
}

/**
 * One page of free-text answers, newest day first, with the cursor for the next page (keyset
 * paging: each page is an index range, however deep, so it stays quick on 100,000+ responses).
 * Within a day the order is by response id, which is random, so it says nothing about time of day.
 */
export async function listFreeTextAnswers(
  db: Db,
  filter: ListingFilter,
): Promise<{ rows: ListedAnswer[]; next: ListingCursor | null }> {
  const rows = await listingQuery(db, filter);
  const page = rows.slice(0, filter.limit).map((row) => ({
    ...row,
    text: Array.isArray(row.text) ? row.text.join(", ") : row.text,
  }));
  const last = page.at(-1);
  const next =
    rows.length > filter.limit && last
      ? { day: last.submittedOn, responseId: last.responseId, questionId: last.questionId }
      : null;
  return { rows: page, next };
}

/** The query itself, exported so a test can read its plan. */
export function listingQuery(db: Db, filter: ListingFilter) {
  return (
    db
      .select({
        responseId: responses.id,
        questionId: answers.questionId,
        surveyId: responses.surveyId,
        audience: responses.audience,
        locale: responses.locale,
        submittedOn: responses.submittedOn,
        text: answers.value,
        suggestedHarms: answers.suggestedHarms,
      })
      .from(responses)
      // `+free_text`: the unary plus keeps SQLite from driving the query off the free_text index,
      // which would mean sorting every free-text answer; responses are read in page order instead.
      .innerJoin(answers, and(eq(answers.responseId, responses.id), sql`+${answers.freeText} = 1`))
      .where(and(...conditions(filter)))
      .orderBy(desc(responses.submittedOn), desc(responses.id), desc(answers.questionId))
      .limit(filter.limit + 1)
  );
}
