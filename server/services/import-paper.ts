import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { type AuditEvent, audit } from "../db/queries/audit-log";
import { today as todayOf } from "../db/queries/responses";
import type { FileProblem, RowProblem } from "../domain/paper-import/import-problems";
import { issueProblems } from "../domain/paper-import/issue-problems";
import { planColumns } from "../domain/paper-import/plan-columns";
import { readCsv } from "../domain/paper-import/read-csv";
import { type PaperForm, readRow } from "../domain/paper-import/read-row";
import type { Survey } from "../domain/surveys/survey-schema";
import { validateAnswers } from "../domain/surveys/validate-answers";
import { submitResponse } from "./submit-response";

/**
 * What happened to each row. `accepted` rows were stored (or, in a check, would be); `rejected`
 * rows were not stored at all. `flagged` counts stored rows that went to the safeguarding queue.
 */
export type ImportReport = {
  surveyId: string;
  dryRun: boolean;
  rows: number;
  accepted: number[];
  rejected: { row: number; problems: RowProblem[] }[];
  flagged: number;
};

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; problem: FileProblem };

/** Rows stored at once: concurrent submissions share commits (group commit on Node). */
const CHUNK = 25;

type Checked = { row: number; form?: PaperForm; problems: RowProblem[] };

/**
 * Imports paper forms from CSV. Each row goes through `submitResponse`, the path online answers
 * take (validation, redaction, disclosure detection, sealing, safeguarding queue), as one atomic
 * batch: a row with a problem is never half-stored. A check (`dryRun`) stores nothing.
 */
export async function importPaperResponses(
  db: Db,
  config: AppConfig,
  input: {
    survey: Survey;
    bytes: Uint8Array;
    dryRun: boolean;
    locales: readonly string[];
    actor: Pick<AuditEvent, "actorId" | "actorEmail">;
    today?: string;
  },
): Promise<ImportOutcome> {
  const { survey, dryRun } = input;
  const read = readCsv(input.bytes);
  if (!read.ok) return read;
  const plan = planColumns(survey, read.table.header);
  if (!plan.ok) return plan;
  const context = { locales: input.locales, today: input.today ?? todayOf() };

  const checked: Checked[] = read.table.rows.map((row) => {
    const result = readRow(plan.columns, row, context);
    if (!result.ok) return { row: row.row, problems: result.problems };
    const valid = validateAnswers(survey, result.form.answers);
    if (!valid.ok) return { row: row.row, problems: issueProblems(result.form, valid.issues, plan.columns) };
    return { row: row.row, form: result.form, problems: [] };
  });

  const report: ImportReport = {
    surveyId: survey.id,
    dryRun,
    rows: checked.length,
    accepted: [],
    rejected: [],
    flagged: 0,
  };
  for (let i = 0; i < checked.length; i += CHUNK) {
    const chunk = checked.slice(i, i + CHUNK);
    const stored = await Promise.all(chunk.map((c) => (dryRun ? c : store(db, config, survey, c))));
    for (const c of stored) {
      if (c.form) report.accepted.push(c.row);
      else report.rejected.push({ row: c.row, problems: c.problems });
      if ("flagged" in c && c.flagged) report.flagged += 1;
    }
  }
  if (!dryRun) {
    await audit(db, {
      ...input.actor,
      action: "survey.paper-imported",
      target: survey.id,
      detail: {
        rows: report.rows,
        imported: report.accepted.length,
        rejected: report.rejected.length,
        flagged: report.flagged,
      },
    });
  }
  return { ok: true, report };
}

/** Stores one checked row; the receipt code is dropped, since nobody who could use it will see it. */
async function store(db: Db, config: AppConfig, survey: Survey, checked: Checked) {
  if (!checked.form) return checked;
  const { answers, locale, submittedOn } = checked.form;
  const result = await submitResponse(db, config, { survey, locale, answers, channel: "paper", submittedOn });
  if (!result.ok) {
    return { row: checked.row, problems: issueProblems(checked.form, result.issues, []) };
  }
  return { ...checked, flagged: result.mayDiscloseHarm };
}
