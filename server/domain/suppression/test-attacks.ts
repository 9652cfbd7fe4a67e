// Test support: attacks on a published table written from the reader's side (they see only the
// published cells), independent of the solver's own audit, so the two can't share a blind spot.
import type { PublishedCount, PublishedTable } from "./published-types";

/** What a reader knows of each cell of the table plus margins (row-major, margins last). */
export type ReaderView = {
  lo: number[];
  hi: number[];
  small: boolean[];
  lines: { parts: number[]; total: number }[];
};

/** The reader's view: counts exact, `<k` in 1..k−1, `[c]` in k..cap (cap stands in for "no upper bound"). */
export function readerView(table: PublishedTable, cap: number): ReaderView {
  if (!table.totals) throw new Error("the attacks need a table published with its totals");
  const { k, totals } = table;
  const [height, width] = [table.rows.length, table.cols.length];
  const cells: PublishedCount[] = [
    ...table.cells.flatMap((row, r) => [...row, totals.rows[r] as PublishedCount]),
    ...totals.cols,
    totals.grand,
  ];
  const at = (r: number, c: number) => r * (width + 1) + c;
  const lines = [
    ...Array.from({ length: height + 1 }, (_, r) => ({
      parts: seq(width).map((c) => at(r, c)),
      total: at(r, width),
    })),
    ...Array.from({ length: width + 1 }, (_, c) => ({
      parts: seq(height).map((r) => at(r, c)),
      total: at(height, c),
    })),
  ];
  return {
    lo: cells.map((cell) => (cell.kind === "count" ? cell.value : cell.display === "[c]" ? k : 1)),
    hi: cells.map((cell) => (cell.kind === "count" ? cell.value : cell.display === "[c]" ? cap : k - 1)),
    small: cells.map((cell) => cell.kind === "suppressed" && cell.display !== "[c]"),
    lines,
  };
}

/** Lines (a row or column with its total) in which exactly one cell is hidden: that cell is recoverable. */
export function linesWithOneHidden(view: ReaderView): number[] {
  return view.lines.flatMap((line, n) => {
    const hidden = [...line.parts, line.total].filter((i) => view.lo[i] !== view.hi[i]);
    return hidden.length === 1 ? [n] : [];
  });
}

/**
 * The brief's one-pass interval attack: in a line with published total T, a hidden part x lies in
 * [max(1, T − published − Σ upper(others)), T − published − Σ lower(others)], also capped at k−1, with
 * lower bound 1, upper k−1 for `<k` cells, and for `[c]` cells the largest value the published totals
 * allow (the smallest published total of a line it is in). Outside knowledge of a cap (a class of 30)
 * is not modelled, by the solver or here.
 */
export function oneShotPins(view: ReaderView, k: number): number[] {
  const pinned = new Set<number>();
  const upper = view.lo.map((_, i) =>
    Math.min(
      ...view.lines
        .filter(({ parts, total }) => parts.includes(i) && view.lo[total] === view.hi[total])
        .map(({ total }) => view.lo[total] ?? 0),
    ),
  );
  for (const { parts, total } of view.lines) {
    if (view.lo[total] !== view.hi[total]) continue;
    const hidden = parts.filter((i) => view.lo[i] !== view.hi[i]);
    const rest =
      (view.lo[total] ?? 0) - sum(parts.filter((i) => !hidden.includes(i)).map((i) => view.lo[i] ?? 0));
    for (const x of hidden.filter((i) => view.small[i])) {
      const others = hidden.filter((i) => i !== x);
      const lo = Math.max(1, rest - sum(others.map((i) => (view.small[i] ? k - 1 : (upper[i] ?? 0)))));
      const hi = Math.min(k - 1, rest - others.length);
      if (lo >= hi) pinned.add(x);
    }
  }
  return [...pinned];
}

/** Small cells with fewer than two values consistent with everything published: exact integer search. */
export function exactlyPinned(view: ReaderView): number[] {
  return view.small.flatMap((isSmall, i) => {
    if (!isSmall) return [];
    let possible = 0;
    for (let v = view.lo[i] ?? 0; v <= (view.hi[i] ?? 0) && possible < 2; v++) {
      if (solvable(view.lines, fix(view.lo, i, v), fix(view.hi, i, v))) possible++;
    }
    return possible < 2 ? [i] : [];
  });
}

function solvable(lines: ReaderView["lines"], lo: number[], hi: number[]): boolean {
  if (!narrow(lines, lo, hi)) return false;
  let open = -1;
  lo.forEach((l, i) => {
    if (l < (hi[i] ?? 0) && (open < 0 || (hi[i] ?? 0) - l < (hi[open] ?? 0) - (lo[open] ?? 0))) open = i;
  });
  if (open < 0) return true;
  for (let v = lo[open] ?? 0; v <= (hi[open] ?? 0); v++) {
    if (solvable(lines, fix(lo, open, v), fix(hi, open, v))) return true;
  }
  return false;
}

function narrow(lines: ReaderView["lines"], lo: number[], hi: number[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parts, total } of lines) {
      const [loSum, hiSum] = [sum(parts.map((i) => lo[i] ?? 0)), sum(parts.map((i) => hi[i] ?? 0))];
      const bounds: [number, number, number][] = [[total, loSum, hiSum]];
      for (const i of parts) {
        bounds.push([
          i,
          (lo[total] ?? 0) - (hiSum - (hi[i] ?? 0)),
          (hi[total] ?? 0) - (loSum - (lo[i] ?? 0)),
        ]);
      }
      for (const [i, l, h] of bounds) {
        if (l > (lo[i] ?? 0)) [lo[i], changed] = [l, true];
        if (h < (hi[i] ?? 0)) [hi[i], changed] = [h, true];
        if ((lo[i] ?? 0) > (hi[i] ?? 0)) return false;
      }
    }
  }
  return true;
}

function fix(bounds: number[], i: number, v: number): number[] {
  const copy = [...bounds];
  copy[i] = v;
  return copy;
}

function seq(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
