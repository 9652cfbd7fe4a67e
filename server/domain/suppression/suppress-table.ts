import { type CellGrid, checkCount, type Line, publishedCell } from "./cell-grid";
import type { PublishedCount, PublishedTable } from "./published-types";
import { protectGrid } from "./secondary-suppression";
import { SuppressionError } from "./suppression-error";
import { suppressionThreshold } from "./threshold";

/** A cross-tabulation of true counts: `cells[r][c]` is the count for `rows[r]` and `cols[c]`. */
export type CountTable = { rows: string[]; cols: string[]; cells: number[][] };

/** `k` defaults to 10; `totals` (default true) says whether the margins appear in the output. */
export type SuppressTableOptions = { k?: number; totals?: boolean };

/**
 * A table safe to publish: small cells hidden, margins computed from the true values and protected
 * like any cell, and complements hidden so no small cell can be worked out by subtraction.
 * Margins are protected even with `totals: false`, as if they were printed. A total printed anywhere
 * else (a response count in a heading) must come from this output, so it carries the same hiding.
 */
export function suppressTable(table: CountTable, options: SuppressTableOptions = {}): PublishedTable {
  const k = suppressionThreshold(options.k);
  checkShape(table);
  const height = table.rows.length;
  const width = table.cols.length;
  // One flat grid with the margins as an extra row and column: index r * (width + 1) + c.
  const at = (r: number, c: number) => r * (width + 1) + c;
  const values = new Array<number>((height + 1) * (width + 1)).fill(0);
  table.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      for (const i of [at(r, c), at(r, width), at(height, c), at(height, width)])
        values[i] = (values[i] ?? 0) + value;
    });
  });
  const lines: Line[] = [];
  for (let r = 0; r <= height; r++)
    lines.push({ parts: range(width).map((c) => at(r, c)), total: at(r, width) });
  for (let c = 0; c <= width; c++)
    lines.push({ parts: range(height).map((r) => at(r, c)), total: at(height, c) });
  const grid: CellGrid = { values, lines };
  const status = protectGrid(grid, k);
  const cell = (r: number, c: number): PublishedCount =>
    publishedCell(values[at(r, c)] ?? 0, status[at(r, c)] ?? "primary", k);

  return {
    k,
    rows: [...table.rows],
    cols: [...table.cols],
    cells: range(height).map((r) => range(width).map((c) => cell(r, c))),
    ...(options.totals === false
      ? {}
      : {
          totals: {
            rows: range(height).map((r) => cell(r, width)),
            cols: range(width).map((c) => cell(height, c)),
            grand: cell(height, width),
          },
        }),
  };
}

function checkShape({ rows, cols, cells }: CountTable): void {
  if (cells.length !== rows.length) {
    throw new SuppressionError(`The table has ${rows.length} row labels but ${cells.length} rows of counts.`);
  }
  cells.forEach((row, r) => {
    if (row.length !== cols.length) {
      throw new SuppressionError(
        `Row "${rows[r]}" has ${row.length} counts; expected one per column (${cols.length}).`,
      );
    }
    for (const [c, value] of row.entries()) checkCount(value, `The count for "${rows[r]}" / "${cols[c]}"`);
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
