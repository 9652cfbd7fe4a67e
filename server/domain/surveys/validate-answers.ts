import type { Answers } from "./answer-schema";
import { bundledFramework } from "./bundled-framework";
import { type AnswerIssueCode, checkAnswer } from "./check-answer";
import type { Framework } from "./framework-schema";
import { isQuestionVisible } from "./show-if";
import type { Survey } from "./survey-schema";

export type { AnswerIssueCode } from "./check-answer";
export { choiceOptions } from "./choice-options";

/** A refused answer, named by its question id, with a message the respondent can act on. */
export type AnswerIssue = { questionId: string; code: AnswerIssueCode; message: string };

/** Clean answers in survey order, or one issue per question that was refused. */
export type ValidateAnswersResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks a respondent's answers against the survey they answered. Every question is optional, so
 * unanswered ones (missing, empty string, empty list) are dropped; visibility is judged on the
 * accepted answers to earlier questions, the same way the pages decide what to ask.
 */
export function validateAnswers(
  survey: Survey,
  answers: unknown,
  framework: Pick<Framework, "places"> = bundledFramework,
): ValidateAnswersResult {
  if (!isRecord(answers)) {
    return {
      ok: false,
      issues: [
        {
          questionId: "",
          code: "invalid_answers",
          message: "Answers must be an object keyed by question id",
        },
      ],
    };
  }
  const issues: AnswerIssue[] = [];
  const known = new Set(survey.questions.map((q) => q.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) {
      issues.push({
        questionId,
        code: "unknown_question",
        message: `This survey has no question '${questionId}'`,
      });
    }
  }
  const accepted: Answers = {};
  for (const question of survey.questions) {
    const raw = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const checked = checkAnswer(question, raw, framework);
    if (!checked.ok) {
      issues.push({ questionId: question.id, code: checked.code, message: checked.message });
    } else if (checked.value !== undefined && !isQuestionVisible(question, accepted)) {
      issues.push({
        questionId: question.id,
        code: "hidden_question",
        message: "This question is not asked after your earlier answers, so it can't be answered",
      });
    } else if (checked.value !== undefined) {
      accepted[question.id] = checked.value;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers: accepted };
}
