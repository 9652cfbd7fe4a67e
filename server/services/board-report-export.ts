import { renderToString } from "preact-render-to-string";
import { CSV_CONTENT_TYPE } from "../domain/export/csv";
import { boardReportCsv } from "../domain/reports/board-report-csv";
import type { BoardReport } from "../domain/reports/board-report-types";
import type { Translate } from "../domain/reports/report-text";
import { BoardReportDocument } from "../views/workspace/report/board-report-document";
import { boardReportDocx } from "./board-report-docx";

/** Every format the board report is exported in. */
export type BoardReportFormat = "html" | "csv" | "json" | "docx";

/** A rendered report: its bytes or text, media type and file name. */
export type RenderedReport = { body: string | Uint8Array; contentType: string; filename: string };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Renders the report in one format. DOCX loads the `docx` library only when asked for; HTML is one
 * self-contained file with `css` inlined (the CLI reads the workspace's stylesheets for it).
 */
export async function renderBoardReport(
  report: BoardReport,
  format: BoardReportFormat,
  t: Translate,
  locale: string,
  options: { css?: string } = {},
): Promise<RenderedReport> {
  const filename = `heard-board-report-${report.period.id}.${format}`;
  switch (format) {
    case "json":
      return {
        body: `${JSON.stringify(report, null, 2)}\n`,
        contentType: "application/json; charset=utf-8",
        filename,
      };
    case "csv":
      return { body: boardReportCsv(report, t, locale), contentType: CSV_CONTENT_TYPE, filename };
    case "docx": {
      return { body: await boardReportDocx(report, t, locale), contentType: DOCX_TYPE, filename };
    }
    case "html": {
      const page = BoardReportDocument({ report, t, locale, css: options.css ?? "" });
      return {
        body: `<!doctype html>${renderToString(page)}`,
        contentType: "text/html; charset=utf-8",
        filename,
      };
    }
  }
}
