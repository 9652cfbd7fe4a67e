import { answerKind } from "../surveys/answer-kind";
import type { Answers } from "../surveys/answer-schema";
import { bundledFramework } from "../surveys/bundled-framework";
import { choiceOptions } from "../surveys/choice-options";
import type { Question } from "../surveys/survey-schema";
import { CHOICE_SEPARATOR, ECHO_MAX } from "./import-limits";
import type { RowProblem } from "./import-problems";
import type { Column } from "./plan-columns";

/** One paper form as the online journey would have sent it, with its language and day. */
export type PaperForm = { row: number; answers: Answers; locale: string; submittedOn?: string };

export type ReadRowResult = { ok: true; form: PaperForm } | { ok: false; problems: RowProblem[] };

/** A cell value safe to repeat in a message: short ones only (long ones may be someone's words). */
export const echo = (value: string) => (value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value);

const isRealDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/**
 * The option value a cell means: the value itself, or the option's English label, in any letter
 * case (officers copy from the printed form). Undefined when it matches neither.
 */
function optionValue(question: Question, cell: string): string | undefined {
  const wanted = cell.trim().toLowerCase();
  const options = choiceOptions(question, bundledFramework);
  return options.find((o) => o.value.toLowerCase() === wanted || o.label.toLowerCase() === wanted)?.value;
}

/** A cell as an answer: free text untouched, choices as option values, or the first unknown choice. */
function choiceAnswer(question: Question, cell: string): string | string[] | { unknown: string } {
  const kind = answerKind(question);
  if (kind === "text") return cell;
  const written = kind === "many" ? cell.split(CHOICE_SEPARATOR) : [cell];
  const chosen = written.map((v) => v.trim()).filter((v) => v !== "");
  const values: string[] = [];
  for (const choice of chosen) {
    const value = optionValue(question, choice);
    if (value === undefined) return { unknown: choice };
    values.push(value);
  }
  return kind === "many" ? values : (values[0] ?? "");
}

/**
 * Turns one row into answers. Choice cells become option values (several in one cell separated by
 * ";"); free text is passed on untouched, for the same validation and redaction as online answers.
 */
export function readRow(
  columns: readonly Column[],
  row: { row: number; cells: readonly string[] },
  context: { locales: readonly string[]; today: string },
): ReadRowResult {
  const problems: RowProblem[] = [];
  const refuse = (column: Column, code: RowProblem["code"], params: RowProblem["params"] = {}) =>
    problems.push({ row: row.row, column: column.name, position: column.position, code, params });
  const answers: Answers = {};
  let locale = "en";
  let submittedOn: string | undefined;

  row.cells.slice(columns.length).forEach((cell, i) => {
    if (cell.trim() !== "") {
      const position = columns.length + i + 1;
      problems.push({
        row: row.row,
        column: "",
        position,
        code: "extraCells",
        params: { count: columns.length },
      });
    }
  });
  for (const column of columns) {
    const cell = row.cells[column.position - 1] ?? "";
    const value = cell.trim();
    if (column.kind === "unnamed") {
      if (value !== "") refuse(column, "extraCells", { count: columns.length });
    } else if (column.kind === "locale") {
      if (value !== "" && !context.locales.includes(value.toLowerCase())) {
        refuse(column, "badLocale", { value: echo(value), allowed: context.locales.join(", ") });
      } else if (value !== "") locale = value.toLowerCase();
    } else if (column.kind === "submittedOn") {
      if (value !== "" && !isRealDay(value)) refuse(column, "badDate", { value: echo(value) });
      else if (value > context.today) refuse(column, "futureDate", { value });
      else if (value !== "") submittedOn = value;
    } else if (value !== "") {
      const answer = choiceAnswer(column.question, cell);
      if (typeof answer === "object" && "unknown" in answer) {
        const allowed = choiceOptions(column.question, bundledFramework).map((o) => o.value);
        refuse(column, "notAnOption", { value: echo(answer.unknown), allowed: allowed.join(", ") });
      } else answers[column.question.id] = answer;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (Object.keys(answers).length === 0) {
    const first = columns.find((c) => c.kind === "question") ?? columns[0];
    if (first) refuse(first, "noAnswers");
    return { ok: false, problems };
  }
  return { ok: true, form: { row: row.row, answers, locale, ...(submittedOn ? { submittedOn } : {}) } };
}
