import { describe, expect, it } from "vitest";
import { assertNoSmallCounts } from "./assert-no-small-counts";
import { suppressCounts } from "./suppress-counts";
import { suppressTable } from "./suppress-table";

describe("assertNoSmallCounts", () => {
  it("passes everything suppressTable and suppressCounts produce", () => {
    const table = suppressTable({
      rows: ["a", "b"],
      cols: ["x", "y", "z"],
      cells: [
        [0, 3, 25],
        [12, 14, 30],
      ],
    });
    const list = suppressCounts(
      [
        { key: "park", value: 2 },
        { key: "bus", value: 31 },
      ],
      { total: 33 },
    );
    expect(() => assertNoSmallCounts({ report: { table, list } })).not.toThrow();
  });

  it("finds a small count cell anywhere and says where", () => {
    const report = {
      sections: [
        {
          chart: {
            bars: [
              { kind: "count", value: 12 },
              { kind: "count", value: 3 },
            ],
          },
        },
      ],
    };
    expect(() => assertNoSmallCounts(report)).toThrow("$.sections[0].chart.bars[1] = 3");
  });

  it("checks only count cells: zeros, large counts, markers, percents and bare numbers pass", () => {
    const published = [
      { kind: "count", value: 0 },
      { kind: "count", value: 10 },
      { kind: "suppressed", display: "<10" },
      { kind: "percent", value: 3 },
      { value: 3 },
      3,
    ];
    expect(() => assertNoSmallCounts(published)).not.toThrow();
  });

  it("uses the chosen threshold", () => {
    const cell = { kind: "count", value: 7 };
    expect(() => assertNoSmallCounts(cell, 5)).not.toThrow();
    expect(() => assertNoSmallCounts(cell, 10)).toThrow(/under 10/);
  });

  it("lists every small count it finds, not just the first", () => {
    const cells = [1, 2, 3, 4, 5, 6, 7].map((value) => ({ kind: "count", value }));
    expect(() => assertNoSmallCounts(cells)).toThrow(/and 2 more/);
  });

  it("does not hang on a structure that refers to itself", () => {
    const node: Record<string, unknown> = { kind: "count", value: 12 };
    node.self = node;
    expect(() => assertNoSmallCounts(node)).not.toThrow();
  });
});
