// The board report as a Word document (boards work in Word). The `docx` library is loaded the first
// time a DOCX is asked for, never at start: it is 1 MB of JavaScript and ~3.4 MB of heap once
// loaded (measured), and most servers never write a DOCX.
import type * as Docx from "docx";
import type { BoardReport, Compared, OutcomeSection } from "../domain/reports/board-report-types";
import {
  cellText,
  changeText,
  dayText,
  exceptionText,
  reportPreamble,
  type Translate,
} from "../domain/reports/report-text";

type Cell = { text: string; numeric?: boolean; bold?: boolean };
type Block = Docx.Paragraph | Docx.Table;

/** The library, once loaded; every function below runs only after `boardReportDocx` loaded it. */
let d: typeof Docx;

const paragraph = (text: string) => new d.Paragraph({ children: [new d.TextRun(text)] });
const heading = (
  text: string,
  level: (typeof Docx.HeadingLevel)[keyof typeof Docx.HeadingLevel],
  pageBreakBefore = false,
) => new d.Paragraph({ text, heading: level, pageBreakBefore, keepNext: true });

const tableCell = ({ text, numeric, bold }: Cell) =>
  new d.TableCell({
    children: [
      new d.Paragraph({
        alignment: numeric ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        children: [new d.TextRun({ text, bold })],
      }),
    ],
  });

/** A table whose header row repeats on every page and whose rows never split across pages. */
function table(caption: string, header: Cell[], rows: Cell[][]): Block[] {
  const bold = header.map((cell) => ({ ...cell, bold: true }));
  return [
    new d.Paragraph({ children: [new d.TextRun({ text: caption, bold: true })], keepNext: true }),
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: bold.map(tableCell) }),
        ...rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map(tableCell) })),
      ],
    }),
    new d.Paragraph({ text: "" }),
  ];
}

function comparedCells(row: Compared, t: Translate, locale: string): Cell[] {
  return [
    { text: cellText(row.current, locale), numeric: true },
    { text: cellText(row.previous, locale), numeric: true },
    { text: changeText(row.change, locale) ?? t("ws.report.withheld"), numeric: true },
  ];
}

function comparedHeader(first: string, t: Translate): Cell[] {
  return [
    { text: first },
    ...["current", "previous", "change"].map((key) => ({
      text: t(`ws.report.columns.${key}`),
      numeric: true,
    })),
  ];
}

function outcomeBlock(outcome: OutcomeSection, t: Translate, locale: string, first: boolean): Block[] {
  const o = (key: string, options?: Record<string, unknown>) => t(`ws.report.outcomes.${key}`, options);
  const a = (key: string) => t(`ws.report.actions.${key}`);
  const actions = outcome.actions.map((action) => [
    { text: action.title },
    { text: t(`ws.report.agency.${action.agency}`) },
    { text: action.owningTeam },
    { text: t(`ws.report.status.${action.status}`) },
    { text: action.dueOn ? dayText(action.dueOn, locale) : a("noDate") },
    { text: t(`ws.report.rag.${action.rag}`), bold: action.rag === "red" || action.rag === "amber" },
  ]);
  const themes = outcome.themes.map((row) => [{ text: row.label }, ...comparedCells(row, t, locale)]);
  return [
    // Each outcome starts a page, as in print; the first follows its aim's heading.
    heading(outcome.label, d.HeadingLevel.HEADING_3, !first),
    paragraph(o("ragSummary", outcome.rag)),
    ...(actions.length
      ? table(
          o("actionsCaption"),
          ["action", "agency", "team", "status", "due", "rag"].map((k) => ({ text: a(k) })),
          actions,
        )
      : [paragraph(o("noActions"))]),
    ...(themes.length
      ? table(o("themesCaption"), comparedHeader(t("ws.report.themes.theme"), t), themes)
      : [paragraph(o("noThemes"))]),
  ];
}

/** The report as DOCX bytes: the same sections, order and wording as the printable page. */
export async function boardReportDocx(
  report: BoardReport,
  t: Translate,
  locale: string,
): Promise<Uint8Array> {
  d ??= await import("docx");
  const title = t("ws.report.heading", { period: report.period.id });
  const voices = [
    ...report.voices.rows.map((row) => [
      { text: t(`audience.${row.audience}`) },
      ...comparedCells(row, t, locale),
    ]),
    [{ text: t("ws.report.voices.total"), bold: true }, ...comparedCells(report.voices.total, t, locale)],
  ];
  const exceptions = report.exceptions.map(
    (exception) => new d.Paragraph({ text: exceptionText(exception, t, locale), bullet: { level: 0 } }),
  );
  const children: Block[] = [
    new d.Paragraph({ text: title, heading: d.HeadingLevel.TITLE }),
    paragraph(t("ws.report.lead")),
    ...reportPreamble(report, t, locale).map(paragraph),
    heading(t("ws.report.exceptions.heading"), d.HeadingLevel.HEADING_1),
    ...(exceptions.length ? exceptions : [paragraph(t("ws.report.exceptions.none"))]),
    heading(t("ws.report.voices.heading"), d.HeadingLevel.HEADING_1),
    ...table(t("ws.report.voices.caption"), comparedHeader(t("ws.report.voices.audience"), t), voices),
    heading(t("ws.report.themes.heading"), d.HeadingLevel.HEADING_1),
    ...(report.topThemes.length
      ? table(
          t("ws.report.themes.caption"),
          comparedHeader(t("ws.report.themes.theme"), t),
          report.topThemes.map((row) => [{ text: row.label }, ...comparedCells(row, t, locale)]),
        )
      : [paragraph(t("ws.report.themes.none"))]),
    heading(t("ws.report.outcomes.heading"), d.HeadingLevel.HEADING_1, true),
    ...report.aims.flatMap((aim, i) => [
      heading(t("ws.report.outcomes.aim", { aim: aim.label }), d.HeadingLevel.HEADING_2, i > 0),
      ...aim.outcomes.flatMap((outcome, j) => outcomeBlock(outcome, t, locale, j === 0)),
    ]),
  ];
  const document = new d.Document({
    title,
    creator: "Heard",
    description: t("ws.report.suppression", { k: report.k, max: report.k - 1 }),
    sections: [{ children }],
  });
  return d.Packer.pack(document, "uint8array");
}
