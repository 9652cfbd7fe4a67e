import { answerKind } from "./answer-kind";
import { choiceOptions } from "./choice-options";
import type { Framework } from "./framework-schema";
import { RESERVED_OPTION_VALUES } from "./reserved-options";
import type { Question } from "./survey-schema";

/** Why an answer was refused; stable, so clients can key on it. */
export type AnswerIssueCode =
  | "invalid_answers"
  | "unknown_question"
  | "wrong_type"
  | "option_not_offered"
  | "duplicate_choice"
  | "conflicting_choices"
  | "too_many_choices"
  | "too_long"
  | "hidden_question";

/** One answer checked: its clean value (undefined when unanswered), or why it was refused. */
export type CheckedAnswer =
  | { ok: true; value: string | string[] | undefined }
  | { ok: false; code: AnswerIssueCode; message: string };

const refuse = (code: AnswerIssueCode, message: string): CheckedAnswer => ({ ok: false, code, message });

/** Length as people count it: an emoji is one character, not two UTF-16 units. */
const characters = (text: string) => [...text].length;

function checkText(question: Question & { maxLength: number }, raw: unknown): CheckedAnswer {
  if (typeof raw !== "string") return refuse("wrong_type", "Answer must be text");
  const text = raw.trim();
  if (text === "") return { ok: true, value: undefined };
  if (characters(text) > question.maxLength) {
    return refuse("too_long", `Answer must be ${question.maxLength} characters or fewer`);
  }
  return { ok: true, value: text };
}

function checkOne(offered: readonly string[], raw: unknown): CheckedAnswer {
  if (typeof raw !== "string") return refuse("wrong_type", "Choose one answer");
  if (raw === "") return { ok: true, value: undefined };
  if (!offered.includes(raw))
    return refuse("option_not_offered", `"${raw}" is not one of the choices for this question`);
  return { ok: true, value: raw };
}

function checkMany(question: Question, offered: readonly string[], raw: unknown): CheckedAnswer {
  // A form with one box ticked posts a single value, not a list.
  const list = typeof raw === "string" ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) {
    return refuse("wrong_type", "Answer must be a list of choices");
  }
  const values = list.filter((v) => v !== "");
  if (values.length === 0) return { ok: true, value: undefined };
  const notOffered = values.find((v) => !offered.includes(v));
  if (notOffered !== undefined) {
    return refuse("option_not_offered", `"${notOffered}" is not one of the choices for this question`);
  }
  if (new Set(values).size !== values.length)
    return refuse("duplicate_choice", "Choose each answer only once");
  if (values.length > 1 && values.some((v) => RESERVED_OPTION_VALUES.includes(v))) {
    return refuse(
      "conflicting_choices",
      `"I don't know" and "I'd rather not say" can't be chosen with other answers`,
    );
  }
  const max = question.type === "top-three" ? 3 : question.type === "multi" ? question.maxChoices : undefined;
  if (max !== undefined && values.length > max) {
    return refuse("too_many_choices", `Choose up to ${max} ${max === 1 ? "answer" : "answers"}`);
  }
  return { ok: true, value: values };
}

/** Checks one raw answer against its question; empty strings and lists count as unanswered. */
export function checkAnswer(
  question: Question,
  raw: unknown,
  framework: Pick<Framework, "places">,
): CheckedAnswer {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (question.type === "text" || question.type === "long-text") return checkText(question, raw);
  const offered = choiceOptions(question, framework).map((o) => o.value);
  return answerKind(question) === "many" ? checkMany(question, offered, raw) : checkOne(offered, raw);
}
