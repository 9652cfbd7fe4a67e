import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { responses } from "../db/schema";
import { demoAnswers } from "../domain/demo/answers";
import type { Prng } from "../domain/demo/prng";
import type { SyntheticText } from "../domain/demo/synthetic-text";
import type { PlannedResponse } from "../domain/demo/year-plan";
import { hashReceiptCode, normaliseReceiptCode } from "../domain/receipts/receipt-code";
import { getSurvey } from "../surveys/bundled-surveys";
import { submitResponse } from "./submit-response";

/** A stored demo response: its id, day and survey, and the synthetic text behind each free-text answer. */
export type SeededResponse = PlannedResponse & {
  id: string;
  texts: Record<string, SyntheticText | "disclosure">;
};

// Submissions in flight at once: enough for the write queue to commit them in groups.
const IN_FLIGHT = 32;

/**
 * Sends every planned response through `submitResponse`, the path real answers take (validation,
 * redaction, sealing, safeguarding items, rollups), dated by `submittedOn`. Answers are drawn in plan
 * order from `rand` before anything is sent, so the data do not depend on timing.
 */
export async function seedResponses(
  db: Db,
  config: AppConfig,
  rand: Prng,
  plan: readonly PlannedResponse[],
): Promise<{ seeded: SeededResponse[]; flagged: number }> {
  const drawn = plan.map((planned, index) => {
    const survey = getSurvey(planned.surveyId);
    if (!survey) throw new Error(`No bundled survey ${planned.surveyId}`);
    const month = Number(planned.day.slice(5, 7));
    const context = { rand, locale: planned.locale, month, disclosure: planned.disclosure };
    return { index, planned, survey, ...demoAnswers(survey, context) };
  });
  const byReceipt = new Map<string, (typeof drawn)[number]>();
  let flagged = 0;
  for (let i = 0; i < drawn.length; i += IN_FLIGHT) {
    const batch = drawn.slice(i, i + IN_FLIGHT);
    const results = await Promise.all(
      batch.map(({ planned, survey, answers }) =>
        submitResponse(db, config, {
          survey,
          locale: planned.locale,
          answers,
          channel: planned.channel,
          submittedOn: planned.day,
          eventLabel: planned.eventLabel,
        }),
      ),
    );
    for (const [j, result] of results.entries()) {
      if (!result.ok) {
        const issue = result.issues[0];
        throw new Error(`A demo response was refused: ${issue?.questionId} ${issue?.message}`);
      }
      if (result.mayDiscloseHarm) flagged += 1;
      const hash = await hashReceiptCode(normaliseReceiptCode(result.receipt) as string);
      byReceipt.set(hash, batch[j] as (typeof drawn)[number]);
    }
  }
  // submitResponse hands back the receipt, not the id: find each id by its receipt's hash.
  const rows = await db.select({ id: responses.id, receiptHash: responses.receiptHash }).from(responses);
  const seeded: (SeededResponse | undefined)[] = new Array(drawn.length);
  for (const row of rows) {
    const found = byReceipt.get(row.receiptHash);
    if (found) seeded[found.index] = { ...found.planned, id: row.id, texts: found.texts };
  }
  // In plan order, so every later choice made from `rand` is the same on every run.
  return { seeded: seeded.filter((s): s is SeededResponse => s !== undefined), flagged };
}
