import type { Question } from "./survey-schema";

/** How a question is answered: one option value, several option values, or free text. */
export type AnswerKind = "one" | "many" | "text";

/** The shape of answer a question takes (a string for "one" and "text", a string[] for "many"). */
export function answerKind(question: Pick<Question, "type">): AnswerKind {
  switch (question.type) {
    case "multi":
    case "places":
    case "top-three":
      return "many";
    case "text":
    case "long-text":
      return "text";
    default:
      return "one";
  }
}
