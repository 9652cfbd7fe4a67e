import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/db";
import { storeResponse, today } from "../db/queries/responses";
import { recordSurveyVersions } from "../db/queries/survey-versions";
import { hashReceiptCode, newReceiptCode, normaliseReceiptCode } from "../domain/receipts/receipt-code";
import type { Survey } from "../domain/surveys/survey-schema";
import { type AnswerIssue, validateAnswers } from "../domain/surveys/validate-answers";
import { bundledSurveys } from "../surveys/bundled-surveys";

/** What a respondent sent, and what to write alongside it. */
export type Submission = {
  survey: Survey;
  locale: string;
  answers: unknown;
  /** The kiosk event the response came from, if any. */
  eventLabel?: string | null;
  /** Statements to commit in the same batch (e.g. deleting the draft). */
  alongside?: BatchItem<"sqlite">[];
};

/** A stored submission's receipt code, or the issues (one per question id) that stopped it. */
export type SubmitResult = { ok: true; receipt: string } | { ok: false; issues: AnswerIssue[] };

/**
 * The one path by which answers become a response, shared by the HTML journey and the JSON API:
 * validate against the survey definition, then store response and answers in one batch
 * (with `alongside`, such as deleting the draft, so a submission never half-happens).
 */
export async function submitResponse(db: Db, submission: Submission): Promise<SubmitResult> {
  const { survey, locale, answers, eventLabel = null, alongside = [] } = submission;
  const checked = validateAnswers(survey, answers);
  if (!checked.ok) return checked;
  await recordSurveyVersions(db, bundledSurveys);
  const receipt = newReceiptCode();
  const receiptHash = await hashReceiptCode(normaliseReceiptCode(receipt) as string);
  await storeResponse(
    db,
    { survey, locale, answers: checked.answers, receiptHash, eventLabel, submittedOn: today() },
    alongside,
  );
  return { ok: true, receipt };
}
