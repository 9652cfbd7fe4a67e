import type { BoardReport } from "../../../domain/reports/board-report-types";
import type { Translate } from "../../../domain/reports/report-text";
import { ComparedCells, ComparedHeaders } from "./report-cells";

/** Voices heard by audience, with the total and the change on the period before. */
export function VoicesTable({ report, t, locale }: { report: BoardReport; t: Translate; locale: string }) {
  return (
    <div class="table-wrap">
      <table class="table report-table">
        <caption>{t("ws.report.voices.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ws.report.voices.audience")}</th>
            <ComparedHeaders t={t} />
          </tr>
        </thead>
        <tbody>
          {report.voices.rows.map((row) => (
            <tr key={row.audience}>
              <th scope="row">{t(`audience.${row.audience}`)}</th>
              <ComparedCells row={row} t={t} locale={locale} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("ws.report.voices.total")}</th>
            <ComparedCells row={report.voices.total} t={t} locale={locale} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
