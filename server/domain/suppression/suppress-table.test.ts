import { describe, expect, it } from "vitest";
import type { PublishedCount } from "./published-types";
import { suppressTable } from "./suppress-table";
import { SuppressionError } from "./suppression-error";

// Cells written as a renderer would print them: a number, `<k` or `[c]`.
const shown = (cell: PublishedCount) => (cell.kind === "count" ? cell.value : cell.display);
const tableOf = (cells: number[][]) => ({
  rows: cells.map((_, r) => `row ${r}`),
  cols: (cells[0] ?? []).map((_, c) => `col ${c}`),
  cells,
});
const printed = (cells: number[][], k?: number) => {
  const table = suppressTable(tableOf(cells), { k });
  const totals = table.totals;
  if (!totals) throw new Error("expected totals");
  return {
    cells: table.cells.map((row) => row.map(shown)),
    rowTotals: totals.rows.map(shown),
    colTotals: totals.cols.map(shown),
    grand: shown(totals.grand),
  };
};

describe("suppressTable", () => {
  it("publishes a table with no small counts unchanged, with its totals", () => {
    expect(
      printed([
        [12, 20],
        [30, 15],
      ]),
    ).toEqual({
      cells: [
        [12, 20],
        [30, 15],
      ],
      rowTotals: [32, 45],
      colTotals: [42, 35],
      grand: 77,
    });
  });

  it("hides a small count, publishes a zero, and hides complements so the small one can't be subtracted out", () => {
    expect(
      printed([
        [0, 3, 25],
        [12, 14, 30],
      ]),
    ).toEqual({
      cells: [
        [0, "<10", "[c]"],
        [12, "[c]", "[c]"],
      ],
      rowTotals: [28, 56],
      colTotals: [12, 17, 55],
      grand: 84,
    });
  });

  it("never hides a zero as a complement, because a published 0 is exact", () => {
    const { cells } = printed([
      [4, 0, 0, 30],
      [20, 0, 0, 11],
    ]);
    expect(cells[0]).toEqual(["<10", 0, 0, "[c]"]);
    expect(cells.flat().filter((cell) => cell === 0)).toHaveLength(4);
  });

  it("computes totals from the true values and hides a total that is itself small", () => {
    expect(
      printed([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({
      cells: [
        ["<10", "<10"],
        ["<10", "<10"],
      ],
      rowTotals: ["<10", "<10"],
      colTotals: ["<10", "<10"],
      grand: 10,
    });
  });

  it("hides a third cell when two small cells would add up to a known 2", () => {
    expect(printed([[1, 1, 20]]).cells).toEqual([["<10", "<10", "[c]"]]);
  });

  it("hides the total when a complement of exactly k would give the small cell away", () => {
    // 1 + [c] = 11 with [c] ≥ 10 would pin the small cell to 1, so the 11 is hidden too.
    expect(printed([[1, 10]])).toMatchObject({ cells: [["<10", "[c]"]], rowTotals: ["[c]"], grand: "[c]" });
  });

  it("uses the chosen threshold for both hiding and the marker", () => {
    expect(
      printed(
        [
          [6, 2, 30],
          [9, 25, 40],
        ],
        5,
      ).cells,
    ).toEqual([
      ["[c]", "<5", 30],
      ["[c]", "[c]", 40],
    ]);
  });

  it("leaves the totals out on request but still protects against them", () => {
    const table = suppressTable(
      tableOf([
        [0, 3, 25],
        [12, 14, 30],
      ]),
      { totals: false },
    );
    expect(table).not.toHaveProperty("totals");
    expect(table.cells.map((row) => row.map(shown))).toEqual([
      [0, "<10", "[c]"],
      [12, "[c]", "[c]"],
    ]);
  });

  it("keeps the labels and the threshold so renderers can explain the markers", () => {
    const table = suppressTable({ rows: ["8–12"], cols: ["Felt safe"], cells: [[14]] }, { k: 12 });
    expect(table).toMatchObject({ k: 12, rows: ["8–12"], cols: ["Felt safe"] });
  });

  it("rejects a table whose counts don't match its labels", () => {
    expect(() => suppressTable({ rows: ["a", "b"], cols: ["x"], cells: [[1]] })).toThrow(/2 row labels/);
    expect(() => suppressTable({ rows: ["a"], cols: ["x", "y"], cells: [[1]] })).toThrow(/Row "a"/);
  });

  it("rejects counts that are negative or not whole numbers", () => {
    expect(() => suppressTable(tableOf([[-1]]))).toThrow(SuppressionError);
    expect(() => suppressTable(tableOf([[2.5]]))).toThrow(/whole number/);
  });

  it("rejects a threshold under 5", () => {
    expect(() => suppressTable(tableOf([[12]]), { k: 3 })).toThrow(/at least 5/);
  });
});
