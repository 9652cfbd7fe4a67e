import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/db";
import { storeResponse, today } from "../db/queries/responses";
import { recordSurveyVersions } from "../db/queries/survey-versions";
import { hashReceiptCode, newReceiptCode, normaliseReceiptCode } from "../domain/receipts/receipt-code";
import type { Survey } from "../domain/surveys/survey-schema";
import { type AnswerIssue, validateAnswers } from "../domain/surveys/validate-answers";
import { bundledSurveys } from "../surveys/bundled-surveys";

/** A stored submission's receipt code, or the issues (one per question id) that stopped it. */
export type SubmitResult = { ok: true; receipt: string } | { ok: false; issues: AnswerIssue[] };

/**
 * The one path by which answers become a response, shared by the HTML journey and the JSON API:
 * validate against the survey definition, then store response and answers in one batch
 * (with `alongside`, such as deleting the draft, so a submission never half-happens).
 */
export async function submitResponse(
  db: Db,
  survey: Survey,
  locale: string,
  answers: unknown,
  alongside: BatchItem<"sqlite">[] = [],
): Promise<SubmitResult> {
  const checked = validateAnswers(survey, answers);
  if (!checked.ok) return checked;
  await recordSurveyVersions(db, bundledSurveys);
  const receipt = newReceiptCode();
  const receiptHash = await hashReceiptCode(normaliseReceiptCode(receipt) as string);
  await storeResponse(
    db,
    { survey, locale, answers: checked.answers, receiptHash, submittedOn: today() },
    alongside,
  );
  return { ok: true, receipt };
}
