import type { BoardReport } from "../../../domain/reports/board-report-types";
import type { Translate } from "../../../domain/reports/report-text";
import { BoardReportBody } from "./board-report-body";

/**
 * The report as one self-contained HTML file (what `heard report --format html` writes): the
 * workspace's styles inlined, so it opens and prints the same anywhere, with no links back to the server.
 */
export function BoardReportDocument(props: {
  report: BoardReport;
  t: Translate;
  locale: string;
  css: string;
}) {
  const { report, t, locale, css } = props;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t("ws.report.heading", { period: report.period.id })}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body class="workspace">
        <main id="main" class="page page--wide">
          <BoardReportBody report={report} t={t} locale={locale} />
        </main>
      </body>
    </html>
  );
}
