// Test support for the coding routes: submit real responses through the one submission path.
import { eq } from "drizzle-orm";
import { TEST_KEY, type TestApp } from "../../../../tests/support/test-app";
import { parseAppConfig } from "../../../config/app-config";
import type { AnswerKey } from "../../../db/queries/coding";
import { responses } from "../../../db/schema";
import { hashReceiptCode, normaliseReceiptCode } from "../../../domain/receipts/receipt-code";
import { submitResponse } from "../../../services/submit-response";
import { getSurvey } from "../../../surveys/bundled-surveys";

const config = parseAppConfig({ HEARD_SAFEGUARDING_KEY: TEST_KEY });

/** Submits one response (redacted, analysed and stored as in real life) and returns its free-text answer's ids. */
export async function submitText(
  t: TestApp,
  text: string,
  options: { surveyId?: string; questionId?: string; locale?: string } = {},
): Promise<AnswerKey> {
  const surveyId = options.surveyId ?? "quick-feedback";
  const questionId = options.questionId ?? "one-thing";
  const survey = getSurvey(surveyId);
  if (!survey) throw new Error(`no survey ${surveyId}`);
  const result = await submitResponse(t.sqlite.db, config, {
    survey,
    locale: options.locale ?? "en",
    answers: { [questionId]: text },
  });
  if (!result.ok) throw new Error(`submission refused: ${JSON.stringify(result.issues)}`);
  const hash = await hashReceiptCode(normaliseReceiptCode(result.receipt) as string);
  const row = await t.sqlite.db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.receiptHash, hash))
    .get();
  if (!row) throw new Error("the response was not stored");
  return { responseId: row.id, questionId };
}

/** Submits `count` short answers to quick feedback. */
export async function submitMany(
  t: TestApp,
  count: number,
  text = "More things to do after school",
): Promise<AnswerKey[]> {
  const keys: AnswerKey[] = [];
  for (let i = 0; i < count; i++) keys.push(await submitText(t, `${text} ${i + 1}`));
  return keys;
}
