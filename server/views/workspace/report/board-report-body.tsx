import type { ComponentChildren } from "preact";
import type { BoardReport } from "../../../domain/reports/board-report-types";
import { exceptionText, reportPreamble, type Translate } from "../../../domain/reports/report-text";
import { OutcomeSections } from "./outcome-sections";
import { ThemesTable } from "./themes-table";
import { VoicesTable } from "./voices-table";

/**
 * The board report itself, shared by the workspace page and the standalone file `heard report`
 * writes: preamble (period, RAG date, suppression rule with k), exceptions first (it is an
 * exception report), voices, top themes, then each outcome under its aim.
 */
export function BoardReportBody(props: {
  report: BoardReport;
  t: Translate;
  locale: string;
  /** What goes between the title and the report (the workspace's period form and downloads). */
  controls?: ComponentChildren;
}) {
  const { report, t, locale } = props;
  return (
    <div class="report">
      <h1>{t("ws.report.heading", { period: report.period.id })}</h1>
      <p class="lead">{t("ws.report.lead")}</p>
      {props.controls}
      {reportPreamble(report, t, locale).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <section class="report-exceptions" aria-labelledby="report-exceptions">
        <h2 id="report-exceptions">{t("ws.report.exceptions.heading")}</h2>
        {report.exceptions.length === 0 ? (
          <p>{t("ws.report.exceptions.none")}</p>
        ) : (
          <ul class="report-exception-list">
            {report.exceptions.map((exception) => {
              const text = exceptionText(exception, t, locale);
              return <li key={text}>{text}</li>;
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-voices">
        <h2 id="report-voices">{t("ws.report.voices.heading")}</h2>
        <VoicesTable report={report} t={t} locale={locale} />
      </section>
      <section aria-labelledby="report-themes">
        <h2 id="report-themes">{t("ws.report.themes.heading")}</h2>
        {report.topThemes.length === 0 ? (
          <p>{t("ws.report.themes.none")}</p>
        ) : (
          <ThemesTable
            rows={report.topThemes}
            caption={t("ws.report.themes.caption")}
            t={t}
            locale={locale}
          />
        )}
      </section>
      <OutcomeSections aims={report.aims} t={t} locale={locale} />
    </div>
  );
}
