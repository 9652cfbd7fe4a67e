// Test support for the publishing routes: real responses, coded straight into the codebook.
import type { TestApp } from "../../../../tests/support/test-app";
import type { AnswerKey } from "../../../db/queries/coding";
import { answerCodes } from "../../../db/schema";
import { submitText } from "../coding/test-answers";

/** Submits `count` quick-feedback answers and codes each with `themeId`, as an analyst would. */
export async function codedAnswers(
  t: TestApp,
  count: number,
  themeId: string,
  text: string,
  options: { locale?: string } = {},
): Promise<AnswerKey[]> {
  const keys: AnswerKey[] = [];
  for (let i = 0; i < count; i++) keys.push(await submitText(t, `${text} ${i + 1}`, options));
  const codedOn = new Date().toISOString().slice(0, 10);
  await t.sqlite.db
    .insert(answerCodes)
    .values(keys.map((k) => ({ ...k, themeId, codedBy: "test", codedOn })));
  return keys;
}

/** The quarter today is in, as the publication form takes it. */
export function thisQuarter(): string {
  const today = new Date();
  return `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
}
