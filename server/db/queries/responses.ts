import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Survey } from "../../domain/surveys/survey-schema";
import type { Db } from "../db";
import { answers as answersTable, quotes, responses } from "../schema";
import { plainInsert } from "./plain-insert";
import { withdrawalRollupStatements } from "./rollups-changes";
import { rollupFoldStatements } from "./rollups-fold";

/** One answer as stored: free text already redacted. */
export type StoredAnswer = {
  questionId: string;
  value: string | string[];
  freeText: boolean;
  suggestedHarms: string[] | null;
};

/** What is stored for one submission: nothing identifying, and the day rather than the time. */
export type NewResponse = {
  id: string;
  survey: Survey;
  locale: string;
  answers: StoredAnswer[];
  receiptHash: string;
  eventLabel: string | null;
  submittedOn: string;
  /** How the answers reached us; online unless an officer entered a paper form. */
  channel?: "online" | "paper";
};

/** Today's date (UTC) as YYYY-MM-DD: responses keep the day, never the time. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Stores a response and its answers in one atomic batch, with any `alongside` statements
 * (safeguarding items, deleting the draft), so a submission never half-happens. Every submission
 * comes this way, so the inserts skip drizzle's query builder (./plain-insert.ts).
 */
export async function storeResponse(db: Db, response: NewResponse, alongside: BatchItem<"sqlite">[] = []) {
  const { survey, id } = response;
  const rows = response.answers.map((a) => ({ responseId: id, ...a }));
  await db.batch([
    plainInsert(db, responses, [
      {
        id,
        surveyId: survey.id,
        surveyVersion: survey.version,
        audience: survey.audience,
        locale: response.locale,
        submittedOn: response.submittedOn,
        receiptHash: response.receiptHash,
        eventLabel: response.eventLabel,
        channel: response.channel ?? "online",
      },
    ]),
    ...(rows.length > 0 ? [plainInsert(db, answersTable, rows)] : []),
    ...alongside,
    ...rollupFoldStatements(db),
  ]);
}

/** The public facts of a receipt: never the answers. */
export async function findReceipt(db: Db, receiptHash: string) {
  return db
    .select({
      id: responses.id,
      status: responses.status,
      surveyId: responses.surveyId,
      submittedOn: responses.submittedOn,
    })
    .from(responses)
    .where(eq(responses.receiptHash, receiptHash))
    .get();
}

/**
 * Withdraws a response: deletes its answers and any quotes taken from them, and marks it withdrawn
 * (so the code still answers "withdrawn" rather than "not found"), in one batch. A version already
 * published keeps its frozen copy; nothing later can quote the words.
 */
export async function withdrawResponse(
  db: Db,
  receiptHash: string,
): Promise<"withdrawn" | "already" | "not-found"> {
  const found = await findReceipt(db, receiptHash);
  if (!found) return "not-found";
  if (found.status === "withdrawn") return "already";
  const ids = db.select({ id: responses.id }).from(responses).where(eq(responses.receiptHash, receiptHash));
  await db.batch([
    db.delete(answersTable).where(sql`${answersTable.responseId} in ${ids}`),
    db.delete(quotes).where(sql`${quotes.responseId} in ${ids}`),
    // Before the status changes: they count only a response that is still submitted.
    ...withdrawalRollupStatements(db, receiptHash),
    db.update(responses).set({ status: "withdrawn" }).where(eq(responses.receiptHash, receiptHash)),
  ]);
  return "withdrawn";
}
