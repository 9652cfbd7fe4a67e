import type { BatchItem } from "drizzle-orm/batch";
import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { type StoredAnswer, storeResponse, today } from "../db/queries/responses";
import { queueSafeguardingItem } from "../db/queries/safeguarding";
import { recordSurveyVersions } from "../db/queries/survey-versions";
import { analyseText } from "../domain/analysis/analyse-text";
import type { AnalysisLocale } from "../domain/analysis/analysis-types";
import { seal } from "../domain/crypto/sealed-text";
import { hashReceiptCode, newReceiptCode, normaliseReceiptCode } from "../domain/receipts/receipt-code";
import { answerKind } from "../domain/surveys/answer-kind";
import type { Survey } from "../domain/surveys/survey-schema";
import { type AnswerIssue, validateAnswers } from "../domain/surveys/validate-answers";
import { bundledSurveys } from "../surveys/bundled-surveys";
import { sealingKey } from "./sealing-key";

/** What a respondent sent, and what to write alongside it. */
export type Submission = {
  survey: Survey;
  locale: string;
  answers: unknown;
  /** The kiosk event the response came from, if any. */
  eventLabel?: string | null;
  /** Statements to commit in the same batch (e.g. deleting the draft). */
  alongside?: BatchItem<"sqlite">[];
  /** "paper" when an officer enters a paper form; such responses never show their receipt. */
  channel?: "online" | "paper";
  /** The day written on a paper form (YYYY-MM-DD); online answers are dated today. */
  submittedOn?: string;
};

/**
 * A stored submission's receipt code (and whether any free text may disclose harm, so the next
 * page offers help), or the issues (one per question id) that stopped it.
 */
export type SubmitResult =
  | { ok: true; receipt: string; mayDiscloseHarm: boolean }
  | { ok: false; issues: AnswerIssue[] };

/**
 * The one path by which answers become a response, shared by the HTML journey and the JSON API:
 * validate against the survey; redact every free-text answer before it is stored (the original of a
 * possible disclosure is kept only sealed, for the safeguarding lead); then write response, answers
 * and safeguarding items in one batch.
 */
export async function submitResponse(
  db: Db,
  config: AppConfig,
  submission: Submission,
): Promise<SubmitResult> {
  const { survey, locale, eventLabel = null, alongside = [], channel = "online" } = submission;
  const checked = validateAnswers(survey, submission.answers);
  if (!checked.ok) return checked;
  await recordSurveyVersions(db, bundledSurveys);

  const responseId = crypto.randomUUID();
  const submittedOn = submission.submittedOn ?? today();
  // A disclosure is raised the day we learn of it, even from a paper form filled in weeks ago.
  const raisedOn = today();
  const stored: StoredAnswer[] = [];
  const flagged: BatchItem<"sqlite">[] = [];
  for (const question of survey.questions) {
    const value = checked.answers[question.id];
    if (value === undefined) continue;
    if (answerKind(question) !== "text" || typeof value !== "string") {
      stored.push({ questionId: question.id, value, freeText: false, suggestedHarms: null });
      continue;
    }
    const analysis = analyseText(value, {
      locale: locale as AnalysisLocale,
      schoolGazetteer: config.HEARD_SCHOOL_GAZETTEER,
    });
    stored.push({
      questionId: question.id,
      value: analysis.redacted,
      freeText: true,
      suggestedHarms: analysis.harms,
    });
    if (analysis.safeguarding.flag) {
      const sealedText = await seal(await sealingKey(config), value);
      flagged.push(
        queueSafeguardingItem(db, {
          id: crypto.randomUUID(),
          responseId,
          surveyId: survey.id,
          questionId: question.id,
          categories: analysis.safeguarding.categories,
          sealedText,
          raisedOn,
        }),
      );
    }
  }

  const receipt = newReceiptCode();
  const receiptHash = await hashReceiptCode(normaliseReceiptCode(receipt) as string);
  await storeResponse(
    db,
    { id: responseId, survey, locale, answers: stored, receiptHash, eventLabel, submittedOn, channel },
    [...flagged, ...alongside],
  );
  return { ok: true, receipt, mayDiscloseHarm: flagged.length > 0 };
}
