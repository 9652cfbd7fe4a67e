import type { Compared } from "../../../domain/reports/board-report-types";
import { cellText, changeText, type Translate } from "../../../domain/reports/report-text";

/** The three cells of a compared count: this period, the one before, and the change. */
export function ComparedCells({ row, t, locale }: { row: Compared; t: Translate; locale: string }) {
  const change = changeText(row.change, locale);
  return (
    <>
      <td class="numeric">{cellText(row.current, locale)}</td>
      <td class="numeric">{cellText(row.previous, locale)}</td>
      <td class="numeric">{change ?? <span class="report-withheld">{t("ws.report.withheld")}</span>}</td>
    </>
  );
}

/** The header cells that go with `ComparedCells`. */
export function ComparedHeaders({ t }: { t: Translate }) {
  return (
    <>
      <th scope="col" class="numeric">
        {t("ws.report.columns.current")}
      </th>
      <th scope="col" class="numeric">
        {t("ws.report.columns.previous")}
      </th>
      <th scope="col" class="numeric">
        {t("ws.report.columns.change")}
      </th>
    </>
  );
}
