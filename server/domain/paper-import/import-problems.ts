/**
 * What can stop a paper import, as codes plus the facts a message needs; the pages and API turn
 * them into words in the officer's language. No problem ever carries a child's free text.
 */

/** Why a whole file was refused: nothing in it was imported. */
export type FileProblem =
  | { code: "empty" }
  | { code: "encoding" }
  | { code: "malformed"; line: number }
  | { code: "unknownColumn"; column: string }
  | { code: "duplicateColumn"; column: string }
  | { code: "noQuestionColumns" }
  | { code: "tooManyRows"; max: number }
  | { code: "tooLarge"; maxMegabytes: number };

/** Why one row was refused; the row is then not imported at all. */
export type RowProblemCode =
  | "extraCells"
  | "noAnswers"
  | "badLocale"
  | "badDate"
  | "futureDate"
  | "notAnOption"
  | "tooLong"
  | "tooManyChoices"
  | "duplicateChoice"
  | "conflictingChoices"
  | "hiddenQuestion"
  | "invalidAnswer";

/**
 * One refused cell: the spreadsheet row number (the header is row 1), the column's name as written
 * in the header (empty for a column without one) and its position (1 = A), and message facts.
 */
export type RowProblem = {
  row: number;
  column: string;
  position: number;
  code: RowProblemCode;
  params: Record<string, string | number>;
};

/** Statuses that say the file itself was too big (HTTP 413) rather than wrong (400). */
export function isSizeProblem(problem: FileProblem): boolean {
  return problem.code === "tooLarge" || problem.code === "tooManyRows";
}
