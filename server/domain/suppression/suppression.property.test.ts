import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertNoSmallCounts } from "./assert-no-small-counts";
import type { PublishedTable } from "./published-types";
import { suppressCounts } from "./suppress-counts";
import { suppressTable } from "./suppress-table";
import { exactlyPinned, linesWithOneHidden, oneShotPins, readerView } from "./test-attacks";

const RUNS = 10_000;
const MAX_VALUE = 40;
const settings = { numRuns: RUNS, seed: 20_260_101, endOnFailure: true };

// Rows and columns 1..6, counts 0..40, k 5..12, as the brief asks.
const tables = fc
  .record({
    height: fc.integer({ min: 1, max: 6 }),
    width: fc.integer({ min: 1, max: 6 }),
    k: fc.integer({ min: 5, max: 12 }),
  })
  .chain(({ height, width, k }) =>
    fc.record({
      k: fc.constant(k),
      cells: fc.array(
        fc.array(fc.integer({ min: 0, max: MAX_VALUE }), { minLength: width, maxLength: width }),
        {
          minLength: height,
          maxLength: height,
        },
      ),
    }),
  );

// Every property draws the same seeded tables, so each is solved once and the result reused.
const solved = new Map<string, PublishedTable>();
const publish = ({ k, cells }: { k: number; cells: number[][] }) => {
  const key = JSON.stringify([k, cells]);
  const rows = cells.map((_, r) => `row ${r}`);
  const table =
    solved.get(key) ??
    suppressTable({ rows, cols: (cells[0] ?? []).map((_, c) => `col ${c}`), cells }, { k });
  solved.set(key, table);
  return table;
};

describe("suppressTable on random tables", () => {
  it("publishes every count exactly or hides it, and never a count of 1..k−1", () => {
    fc.assert(
      fc.property(tables, (input) => {
        const table = publish(input);
        assertNoSmallCounts(table, input.k);
        table.cells.forEach((row, r) => {
          row.forEach((cell, c) => {
            if (cell.kind === "count") expect(cell.value).toBe(input.cells[r]?.[c]);
          });
        });
      }),
      settings,
    );
  });

  it("leaves no row or column (totals included) with exactly one hidden cell", () => {
    fc.assert(
      fc.property(tables, (input) => {
        expect(linesWithOneHidden(readerView(publish(input), Number.MAX_SAFE_INTEGER))).toEqual([]);
      }),
      settings,
    );
  });

  it("never lets the one-pass interval attack pin a small cell to a single value", () => {
    fc.assert(
      fc.property(tables, (input) => {
        expect(oneShotPins(readerView(publish(input), Number.MAX_SAFE_INTEGER), input.k)).toEqual([]);
      }),
      settings,
    );
  });

  it("never lets an exact integer search over one table pin a small cell", () => {
    fc.assert(
      fc.property(tables, (input) => {
        const table = publish(input);
        const grand = input.cells.flat().reduce((a, b) => a + b, 0);
        // A reader who can't see the grand total has no upper bound; a generous cap stands in for that.
        const cap = table.totals?.grand.kind === "count" ? grand : 3 * grand + input.k;
        expect(exactlyPinned(readerView(table, cap))).toEqual([]);
      }),
      settings,
    );
  });
});

describe("suppressCounts on random lists", () => {
  const lists = fc.record({
    k: fc.integer({ min: 5, max: 12 }),
    values: fc.array(fc.integer({ min: 0, max: MAX_VALUE }), { minLength: 1, maxLength: 8 }),
  });

  it("hides no lone cell and pins no small count, given the list's sum", () => {
    fc.assert(
      fc.property(lists, ({ k, values }) => {
        const total = values.reduce((a, b) => a + b, 0);
        const list = suppressCounts(
          values.map((value, i) => ({ key: `answer ${i}`, value })),
          { k, total },
        );
        assertNoSmallCounts(list, k);
        // A list with its total reads like a one-row table, so the same reader's view and attacks apply.
        const cells = list.items.map((item) => item.cell);
        const totalCell = list.total ?? { kind: "count", value: total };
        const table = { k, rows: ["all"], cols: list.items.map((item) => item.key), cells: [cells] };
        const totals = { rows: [totalCell], cols: cells, grand: totalCell };
        const view = readerView({ ...table, totals }, totalCell.kind === "count" ? total : 3 * total + k);
        expect(linesWithOneHidden(view)).toEqual([]);
        expect(exactlyPinned(view)).toEqual([]);
      }),
      settings,
    );
  });
});
