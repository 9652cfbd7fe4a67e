import type { Question, Survey } from "../surveys/survey-schema";
import { DATE_COLUMN, LOCALE_COLUMN } from "./import-limits";
import type { FileProblem } from "./import-problems";

/** What one column of the file holds. A column with no name must stay empty (Excel adds such columns). */
export type Column =
  | { kind: "question"; name: string; position: number; question: Question }
  | { kind: "locale"; name: string; position: number }
  | { kind: "submittedOn"; name: string; position: number }
  | { kind: "unnamed"; name: string; position: number };

export type PlanColumnsResult = { ok: true; columns: Column[] } | { ok: false; problem: FileProblem };

/**
 * Matches the header row to the survey: each name must be a question id, `locale` or
 * `submitted_on` (any letter case), and none may repeat. An unknown name refuses the whole file,
 * since every row would otherwise lose that column's answers without anyone noticing.
 */
export function planColumns(survey: Survey, header: readonly string[]): PlanColumnsResult {
  const questions = new Map(survey.questions.map((q) => [q.id.toLowerCase(), q]));
  const seen = new Set<string>();
  const columns: Column[] = [];
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    const key = name.toLowerCase();
    const position = i + 1;
    if (name === "") {
      columns.push({ kind: "unnamed", name, position });
      continue;
    }
    if (seen.has(key)) return { ok: false, problem: { code: "duplicateColumn", column: name } };
    seen.add(key);
    const question = questions.get(key);
    if (question) columns.push({ kind: "question", name: question.id, position, question });
    else if (key === LOCALE_COLUMN) columns.push({ kind: "locale", name: LOCALE_COLUMN, position });
    else if (key === DATE_COLUMN) columns.push({ kind: "submittedOn", name: DATE_COLUMN, position });
    else return { ok: false, problem: { code: "unknownColumn", column: name.slice(0, 80) } };
  }
  if (!columns.some((c) => c.kind === "question"))
    return { ok: false, problem: { code: "noQuestionColumns" } };
  return { ok: true, columns };
}
