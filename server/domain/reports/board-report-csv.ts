import { type CsvCell, toCsv } from "../export/csv";
import type { PublishedCount } from "../suppression";
import type { BoardReport, Compared, ReportAction, ThemeRow } from "./board-report-types";
import { exceptionText, type Translate } from "./report-text";

/** Stable column names, so a spreadsheet or script built on one quarter's file reads the next. */
export const BOARD_CSV_HEADER = [
  "section",
  "aim",
  "outcome",
  "key",
  "label",
  "this_period",
  "previous_period",
  "change",
  "change_percent",
  "rag",
  "status",
  "due_on",
  "agency",
  "owning_team",
] as const;

// A published count stays a number; a hidden one is its marker (`<10`, `[c]`), never the number.
const cell = (count: PublishedCount): CsvCell => (count.kind === "count" ? count.value : count.display);
const compared = (row: Compared): CsvCell[] => [
  cell(row.current),
  cell(row.previous),
  row.change.kind === "change" ? row.change.value : "",
  row.change.kind === "change" ? row.change.percent : "",
];
const none = ["", "", "", ""];
const noAction = ["", "", "", "", ""];

/**
 * The report as one long table, a `section` column saying what each row is (report facts, voices,
 * top themes, outcome themes, actions, exceptions), through the shared RFC 4180 writer (BOM, CRLF,
 * formula neutralising: action titles and team names are typed by officers).
 */
export function boardReportCsv(report: BoardReport, t: Translate, locale: string): string {
  const rows: CsvCell[][] = [
    ["report", "", "", "period", report.period.id, ...none, ...noAction],
    ["report", "", "", "from", report.period.from, ...none, ...noAction],
    ["report", "", "", "to", report.period.to, ...none, ...noAction],
    ["report", "", "", "previous_period", report.previous.id, ...none, ...noAction],
    ["report", "", "", "as_of", report.asOf, ...none, ...noAction],
    ["report", "", "", "k", String(report.k), ...none, ...noAction],
  ];
  const theme = (section: string, aim: string, outcome: string, row: ThemeRow): CsvCell[] => [
    section,
    aim,
    outcome,
    row.themeId,
    row.label,
    ...compared(row),
    ...noAction,
  ];
  const action = (aim: string, outcome: string, a: ReportAction): CsvCell[] => [
    "action",
    aim,
    outcome,
    a.id,
    a.title,
    ...none,
    a.rag,
    a.status,
    a.dueOn,
    a.agency,
    a.owningTeam,
  ];
  for (const row of report.voices.rows) {
    rows.push(["voices", "", "", row.audience, t(`audience.${row.audience}`), ...compared(row), ...noAction]);
  }
  rows.push([
    "voices",
    "",
    "",
    "all",
    t("ws.report.voices.total"),
    ...compared(report.voices.total),
    ...noAction,
  ]);
  for (const row of report.topThemes) rows.push(theme("top_themes", "", "", row));
  for (const aim of report.aims) {
    for (const outcome of aim.outcomes) {
      for (const a of outcome.actions) rows.push(action(aim.id, outcome.id, a));
      for (const row of outcome.themes) rows.push(theme("outcome_themes", aim.id, outcome.id, row));
    }
  }
  for (const exception of report.exceptions) {
    rows.push([
      "exception",
      "",
      "",
      exception.kind,
      exceptionText(exception, t, locale),
      ...none,
      ...noAction,
    ]);
  }
  return toCsv(BOARD_CSV_HEADER, rows);
}
