import type { TFunction } from "i18next";
import type { FileProblem, RowProblem } from "../../../domain/paper-import/import-problems";

/** Why a file was refused, in the officer's language. */
export function fileProblemMessage(t: TFunction, problem: FileProblem): string {
  switch (problem.code) {
    case "malformed":
      return t("ws.admin.import.file.malformed", { line: problem.line });
    case "unknownColumn":
    case "duplicateColumn":
      return t(`ws.admin.import.file.${problem.code}`, { column: problem.column });
    case "tooManyRows":
      return t("ws.admin.import.file.tooManyRows", { max: problem.max });
    case "tooLarge":
      return t("ws.admin.import.file.tooLarge", { max: problem.maxMegabytes });
    default:
      return t(`ws.admin.import.file.${problem.code}`);
  }
}

/** What to fix in one cell, in the officer's language. */
export function rowProblemMessage(t: TFunction, problem: RowProblem): string {
  return t(`ws.admin.import.rowProblems.${problem.code}`, problem.params);
}

/** Where the problem is: the column's name and its position (1 = the first column). */
export function cellName(t: TFunction, problem: Pick<RowProblem, "column" | "position">): string {
  return problem.column
    ? t("ws.admin.import.cell", { column: problem.column, position: problem.position })
    : t("ws.admin.import.unnamedCell", { position: problem.position });
}
