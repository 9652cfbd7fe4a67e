import { describe, expect, it } from "vitest";
import type { CellGrid, CellStatus } from "./cell-grid";
import { attackIntervals, pinnedPrimaryCells } from "./interval-attack";
import { protectGrid } from "./secondary-suppression";

// One line: parts 0..n−1 add up to the last cell.
const list = (values: number[]): CellGrid => ({
  values: [...values, values.reduce((a, b) => a + b, 0)],
  lines: [{ parts: values.map((_, i) => i), total: values.length }],
});
const statuses = (codes: string): CellStatus[] =>
  [...codes].map((c) => (c === "p" ? "primary" : c === "c" ? "complementary" : "published"));

// A table with margins as in suppressTable: row-major, row totals last in each row, column totals last.
const table = (cells: number[][]): CellGrid => {
  const [height, width] = [cells.length, cells[0]?.length ?? 0];
  const at = (r: number, c: number) => r * (width + 1) + c;
  const values = new Array<number>((height + 1) * (width + 1)).fill(0);
  cells.forEach((row, r) => {
    row.forEach((v, c) => {
      for (const i of [at(r, c), at(r, width), at(height, c), at(height, width)])
        values[i] = (values[i] ?? 0) + v;
    });
  });
  const seq = (n: number) => Array.from({ length: n }, (_, i) => i);
  const lines = [
    ...seq(height + 1).map((r) => ({ parts: seq(width).map((c) => at(r, c)), total: at(r, width) })),
    ...seq(width + 1).map((c) => ({ parts: seq(height).map((r) => at(r, c)), total: at(height, c) })),
  ];
  return { values, lines };
};

describe("pinnedPrimaryCells", () => {
  it("pins a small cell that is the only hidden one in its line", () => {
    expect(pinnedPrimaryCells(list([3, 20]), statuses("p.."), 10)).toEqual([0]);
  });

  it("pins two small cells that must both be 1 to make a known 2", () => {
    expect(pinnedPrimaryCells(list([1, 1, 20]), statuses("pp.."), 10)).toEqual([0, 1]);
  });

  it("assumes the reader knows a complement is at least k", () => {
    // 1 + [c] = 11 and [c] ≥ 10, so the small cell can only be 1.
    expect(pinnedPrimaryCells(list([1, 10]), statuses("pc."), 10)).toEqual([0]);
  });

  it("finds a small cell given away by combining lines, though no single line gives it", () => {
    const grid = table([
      [20, 4, 30, 2],
      [0, 22, 4, 38],
      [36, 37, 0, 3],
      [30, 8, 13, 0],
    ]);
    const status = statuses("cp.p..cp..c..p...cc......");
    // Row 0 + row 2 − column 0 + column 3 leaves the 4 on its own.
    expect(pinnedPrimaryCells(grid, status, 5)).toContain(1);
    expect(pinnedPrimaryCells(grid, protectGrid(grid, 5), 5)).toEqual([]);
  });

  it("pins nothing once protectGrid has chosen its complements", () => {
    for (const values of [
      [3, 20],
      [1, 1, 20],
      [1, 10],
      [8, 1, 0],
    ]) {
      const grid = list(values);
      expect(pinnedPrimaryCells(grid, protectGrid(grid, values[0] === 8 ? 8 : 10), 10)).toEqual([]);
    }
  });
});

describe("attackIntervals", () => {
  it("narrows hidden cells only as far as the published totals allow", () => {
    const { lo, hi } = attackIntervals(list([3, 25, 40]), statuses("pc.."), 10);
    expect([lo[0], hi[0]]).toEqual([1, 9]);
    expect([lo[1], hi[1]]).toEqual([19, 27]);
  });
});
