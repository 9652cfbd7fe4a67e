import type { RowProblem } from "../../../domain/paper-import/import-problems";
import type { ImportReport } from "../../../services/import-paper";
import type { PageContext } from "../../layout";

type ReportProps = Pick<PageContext, "t" | "locale"> & {
  report: ImportReport;
  message: (problem: RowProblem) => string;
  cell: (problem: RowProblem) => string;
};

/** What happened to the file: counts, then every refused cell with what to fix. Never a child's words. */
export function ImportReportSection({ t, locale, report, message, cell }: ReportProps) {
  const number = new Intl.NumberFormat(locale);
  const facts: [string, number][] = [
    [t("ws.admin.import.summary.rows"), report.rows],
    [
      t(report.dryRun ? "ws.admin.import.summary.ready" : "ws.admin.import.summary.imported"),
      report.accepted.length,
    ],
    [t("ws.admin.import.summary.rejected"), report.rejected.length],
  ];
  if (!report.dryRun) facts.push([t("ws.admin.import.summary.flagged"), report.flagged]);
  const problems = report.rejected.flatMap((r) => r.problems);
  return (
    <section class="admin-report" aria-labelledby="report-title">
      <h2 id="report-title">
        {t(report.dryRun ? "ws.admin.import.checkedTitle" : "ws.admin.import.importedTitle")}
      </h2>
      <dl class="summary-list admin-facts">
        {facts.map(([key, value]) => (
          <div class="summary-list__row" key={key}>
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      {problems.length === 0 ? (
        <p>{t(report.dryRun ? "ws.admin.import.allReady" : "ws.admin.import.allImported")}</p>
      ) : (
        <>
          <p>{t(report.dryRun ? "ws.admin.import.fixThenCheck" : "ws.admin.import.fixOnlyThese")}</p>
          <div class="table-wrap">
            <table class="table admin-problems">
              <caption>{t("ws.admin.import.problemsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" class="numeric">
                    {t("ws.admin.import.row")}
                  </th>
                  <th scope="col">{t("ws.admin.import.column")}</th>
                  <th scope="col">{t("ws.admin.import.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.row}-${p.position}-${p.code}`}>
                    <th scope="row" class="numeric">
                      {p.row}
                    </th>
                    <td>{cell(p)}</td>
                    <td>{message(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
