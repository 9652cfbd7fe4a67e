import type { AnswerIssue } from "../surveys/validate-answers";
import type { RowProblem, RowProblemCode } from "./import-problems";
import type { Column } from "./plan-columns";
import type { PaperForm } from "./read-row";

const CODES: Partial<Record<AnswerIssue["code"], RowProblemCode>> = {
  too_long: "tooLong",
  too_many_choices: "tooManyChoices",
  duplicate_choice: "duplicateChoice",
  conflicting_choices: "conflictingChoices",
  hidden_question: "hiddenQuestion",
  option_not_offered: "notAnOption",
};

/**
 * The survey validation's refusals (the same checks online answers get) as row problems an officer
 * can act on, named by column. Lengths and counts only: free text is never repeated back.
 */
export function issueProblems(
  form: PaperForm,
  issues: readonly AnswerIssue[],
  columns: readonly Column[],
): RowProblem[] {
  return issues.map((issue) => {
    const column = columns.find((c) => c.kind === "question" && c.question.id === issue.questionId);
    const value = form.answers[issue.questionId];
    const question = column?.kind === "question" ? column.question : undefined;
    const params: RowProblem["params"] = {};
    if (issue.code === "too_long" && question && "maxLength" in question) {
      params.max = question.maxLength;
      params.count = typeof value === "string" ? [...value.trim()].length : 0;
    }
    if (issue.code === "too_many_choices" && question) {
      params.max = question.type === "multi" ? (question.maxChoices ?? 0) : 3;
      params.count = Array.isArray(value) ? value.length : 1;
    }
    return {
      row: form.row,
      column: column?.name ?? issue.questionId,
      position: column?.position ?? 0,
      code: CODES[issue.code] ?? "invalidAnswer",
      params,
    };
  });
}
