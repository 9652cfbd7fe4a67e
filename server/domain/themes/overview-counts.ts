import { type PublishedCount, suppressCounts, suppressTable } from "../suppression";

/** True counts for one period, straight from the database. */
export type RawOverview = {
  /** Surveys and audiences to list, in display order (a count of 0 is still shown). */
  surveys: readonly string[];
  audiences: readonly string[];
  responses: readonly { surveyId: string; audience: string; count: number }[];
  /** Coded answers per theme in the period, themes with none left out. */
  themes: readonly { id: string; count: number }[];
  openSafeguarding: number;
  openContact: number;
};

/** One labelled count as it may be shown. */
export type CountRow = { key: string; cell: PublishedCount };

/** The overview's numbers, each either exact or hidden by small-number suppression. */
export type PublishedOverview = {
  /** The threshold used, or null when the reader sees exact internal counts. */
  k: number | null;
  bySurvey: CountRow[];
  byAudience: CountRow[];
  total: PublishedCount;
  topThemes: CountRow[];
  openSafeguarding: PublishedCount;
  openContact: PublishedCount;
};

/** How many themes the overview lists. */
export const TOP_THEMES = 10;

const exactCell = (value: number): PublishedCount => ({ kind: "count", value });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The cell at `i`; a missing one is a bug, never a reason to print something unprotected. */
function at(cells: readonly PublishedCount[], i: number): PublishedCount {
  const cell = cells[i];
  if (!cell) throw new Error(`No published cell at ${i}`);
  return cell;
}

/**
 * The overview for one reader. Officers who work with the answers see exact counts; anyone else
 * (the board) sees counts passed through suppression with threshold `k`. Responses by survey and by
 * audience are the two margins of one survey × audience table, suppressed together, so neither list
 * can be subtracted from the other to reveal a hidden count.
 */
export function publishOverview(raw: RawOverview, reader: { exact: boolean; k: number }): PublishedOverview {
  const surveys = [...new Set([...raw.surveys, ...raw.responses.map((r) => r.surveyId)])];
  const audiences = [...new Set([...raw.audiences, ...raw.responses.map((r) => r.audience)])];
  const cells = audiences.map((audience) =>
    surveys.map((surveyId) =>
      sum(
        raw.responses.filter((r) => r.audience === audience && r.surveyId === surveyId).map((r) => r.count),
      ),
    ),
  );
  const ranked = [...raw.themes].filter((t) => t.count > 0).sort((a, b) => b.count - a.count);

  if (reader.exact) {
    return {
      k: null,
      bySurvey: surveys.map((key, c) => ({ key, cell: exactCell(sum(cells.map((row) => row[c] ?? 0))) })),
      byAudience: audiences.map((key, r) => ({ key, cell: exactCell(sum(cells[r] ?? [])) })),
      total: exactCell(sum(cells.flat())),
      topThemes: ranked.slice(0, TOP_THEMES).map((t) => ({ key: t.id, cell: exactCell(t.count) })),
      openSafeguarding: exactCell(raw.openSafeguarding),
      openContact: exactCell(raw.openContact),
    };
  }

  const table = suppressTable({ rows: audiences, cols: surveys, cells }, { k: reader.k });
  const totals = table.totals;
  if (!totals) throw new Error("suppressTable left out the totals it was asked for");
  const themes = suppressCounts(
    ranked.map((t) => ({ key: t.id, value: t.count })),
    { k: reader.k },
  );
  // Shown counts by size; hidden ones after them, so their order reveals nothing about their size.
  const shownFirst = [
    ...themes.items.filter((i) => i.cell.kind === "count"),
    ...themes.items.filter((i) => i.cell.kind !== "count").sort((a, b) => a.key.localeCompare(b.key)),
  ];
  const single = (value: number) =>
    at(
      suppressCounts([{ key: "count", value }], { k: reader.k }).items.map((i) => i.cell),
      0,
    );
  return {
    k: table.k,
    bySurvey: surveys.map((key, c) => ({ key, cell: at(totals.cols, c) })),
    byAudience: audiences.map((key, r) => ({ key, cell: at(totals.rows, r) })),
    total: totals.grand,
    topThemes: shownFirst.slice(0, TOP_THEMES),
    openSafeguarding: single(raw.openSafeguarding),
    openContact: single(raw.openContact),
  };
}
