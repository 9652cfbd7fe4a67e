// The shapes every renderer (HTML, CSV, JSON, DOCX) receives: plain JSON, no classes, no zod, so the
// same value can be stored in an immutable publication and rendered later by any of them.

/** What a hidden count shows: `<k` for a small count, `[c]` for a larger one hidden to protect it. */
export type SuppressedDisplay = `<${number}` | "[c]";

/** A count as published: the exact number, or a marker in its place. */
export type PublishedCount =
  | { kind: "count"; value: number }
  | { kind: "suppressed"; display: SuppressedDisplay };

/** A percentage as published: a whole-number percent, or withheld because it could reveal a small count. */
export type PublishedPercent = { kind: "percent"; value: number } | { kind: "withheld" };

/** Row, column and grand totals of a published table, each protected like any other cell. */
export type PublishedTotals = { rows: PublishedCount[]; cols: PublishedCount[]; grand: PublishedCount };

/** A cross-tabulation ready to render; `k` is kept so a renderer can explain the `<k` marker. */
export type PublishedTable = {
  k: number;
  rows: string[];
  cols: string[];
  cells: PublishedCount[][];
  totals?: PublishedTotals;
};

/** A single list of counts (one question's answers, say) ready to render. */
export type PublishedCounts = {
  k: number;
  items: { key: string; cell: PublishedCount }[];
  total?: PublishedCount;
};
