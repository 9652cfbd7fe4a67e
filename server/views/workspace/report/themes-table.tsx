import type { ThemeRow } from "../../../domain/reports/board-report-types";
import type { Translate } from "../../../domain/reports/report-text";
import { ComparedCells, ComparedHeaders } from "./report-cells";

/** Coded answers per theme, this period and the one before. */
export function ThemesTable(props: {
  rows: readonly ThemeRow[];
  caption: string;
  t: Translate;
  locale: string;
}) {
  const { rows, caption, t, locale } = props;
  return (
    <div class="table-wrap">
      <table class="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ws.report.themes.theme")}</th>
            <ComparedHeaders t={t} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.themeId}>
              <th scope="row">{row.label}</th>
              <ComparedCells row={row} t={t} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
