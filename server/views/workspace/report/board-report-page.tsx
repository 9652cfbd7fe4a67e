import type { BoardReport } from "../../../domain/reports/board-report-types";
import type { StaffContext } from "../../../http/app-env";
import { ErrorSummary } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { asTranslate } from "./as-translate";
import { BoardReportBody } from "./board-report-body";
import { PeriodForm } from "./period-form";

export type BoardReportPageProps = PageContext & {
  staff?: StaffContext;
  /** The period as typed, shown back in the form. */
  periodText: string;
  /** Set when the period could not be read; no report is shown then. */
  error?: string;
  report?: BoardReport;
};

/** The printable board report in the workspace: period form and downloads (hidden in print), then the report. */
export function BoardReportPage(props: BoardReportPageProps) {
  const { locale, report, error } = props;
  const t = asTranslate(props.t);
  const d = (key: string) => t(`ws.report.downloads.${key}`);
  const api = (format: string) =>
    `/api/reports/board?period=${encodeURIComponent(report?.period.id ?? "")}&format=${format}`;
  return (
    <WorkspaceLayout
      {...props}
      title={`${error ? `${t("errors.prefix")} ` : ""}${report ? t("ws.report.heading", { period: report.period.id }) : t("ws.report.title")}`}
      section="reports"
    >
      <ErrorSummary t={props.t} errors={error ? [{ href: "#period", message: error }] : []} />
      {report ? (
        <BoardReportBody
          report={report}
          t={t}
          locale={locale}
          controls={
            <div class="report-screen-only report-controls-panel">
              <PeriodForm t={t} value={props.periodText} error={error} />
              <nav class="report-downloads" aria-labelledby="report-downloads">
                <h2 id="report-downloads">{d("heading")}</h2>
                <ul>
                  {(["docx", "csv", "json"] as const).map((format) => (
                    <li key={format}>
                      <a href={api(format)} download>
                        {d(format)}
                      </a>
                    </li>
                  ))}
                </ul>
                <p>{d("print")}</p>
              </nav>
            </div>
          }
        />
      ) : (
        <>
          <h1>{t("ws.report.title")}</h1>
          <PeriodForm t={t} value={props.periodText} error={error} />
        </>
      )}
    </WorkspaceLayout>
  );
}
