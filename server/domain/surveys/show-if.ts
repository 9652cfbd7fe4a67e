// Plain TypeScript with type-only imports: the browser bundle uses this to skip hidden questions.
import type { Answers, AnswerValue } from "./answer-schema";
import type { Condition, Question } from "./survey-schema";

function isAnswered(answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  return typeof answer === "string" ? answer.trim() !== "" : answer.length > 0;
}

/** The chosen values of an answer, whether it holds one value or several. */
function chosen(answer: AnswerValue | undefined): readonly string[] {
  if (!isAnswered(answer)) return [];
  return typeof answer === "string" ? [answer] : (answer ?? []);
}

/**
 * True when `answers` meet the condition. An unanswered question matches no value, so
 * `{ not: { question, equals } }` is true for someone who skipped it.
 */
export function evaluateCondition(cond: Condition, answers: Answers): boolean {
  if ("all" in cond) return cond.all.every((c) => evaluateCondition(c, answers));
  if ("any" in cond) return cond.any.some((c) => evaluateCondition(c, answers));
  if ("not" in cond) return !evaluateCondition(cond.not, answers);
  const answer = answers[cond.question];
  if ("answered" in cond) return isAnswered(answer) === cond.answered;
  if ("equals" in cond) return typeof answer === "string" && answer === cond.equals;
  // `in` on a several-answer question matches if any chosen value is listed ("any of these places").
  if ("in" in cond) return chosen(answer).some((value) => cond.in.includes(value));
  return chosen(answer).includes(cond.includes);
}

/** True when the question should be asked, given the answers to earlier questions. */
export function isQuestionVisible(question: Pick<Question, "showIf">, answers: Answers): boolean {
  return question.showIf === undefined || evaluateCondition(question.showIf, answers);
}
