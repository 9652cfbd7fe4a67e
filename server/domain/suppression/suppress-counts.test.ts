import { describe, expect, it } from "vitest";
import type { PublishedCount } from "./published-types";
import { suppressCounts } from "./suppress-counts";

const shown = (cell: PublishedCount | undefined) => (cell?.kind === "count" ? cell.value : cell?.display);
const printed = (values: number[], options: { k?: number; total?: number } = {}) => {
  const list = suppressCounts(
    values.map((value, i) => ({ key: `answer ${i}`, value })),
    options,
  );
  return { items: list.items.map((item) => shown(item.cell)), total: shown(list.total) };
};

describe("suppressCounts", () => {
  it("publishes a list with no small counts unchanged", () => {
    expect(printed([12, 0, 40], { total: 52 })).toEqual({ items: [12, 0, 40], total: 52 });
  });

  it("hides the next smallest count when only one is small and the total is published", () => {
    expect(printed([3, 25, 40], { total: 68 })).toEqual({ items: ["<10", "[c]", 40], total: 68 });
  });

  it("keeps the key of each answer beside its cell", () => {
    const list = suppressCounts([{ key: "park", value: 30 }], { total: 30 });
    expect(list).toEqual({
      k: 10,
      items: [{ key: "park", cell: { kind: "count", value: 30 } }],
      total: { kind: "count", value: 30 },
    });
  });

  it("protects against the sum even when no total is given, since response counts get published elsewhere", () => {
    expect(printed([3, 25, 40])).toEqual({ items: ["<10", "[c]", 40], total: undefined });
  });

  it("skips zeros when choosing a complement", () => {
    expect(printed([4, 0, 12], { total: 16 }).items).toEqual(["<10", 0, "[c]"]);
  });

  it("hides a small total, which then protects a single small count on its own", () => {
    expect(printed([4, 0, 0], { total: 4 })).toEqual({ items: ["<10", 0, 0], total: "<10" });
  });

  it("hides another count when two small counts would add up to a known 2", () => {
    expect(printed([1, 1, 30], { total: 32 })).toEqual({ items: ["<10", "<10", "[c]"], total: 32 });
  });

  it("treats a total that isn't the sum (people, on a tick-all question) as a count of its own", () => {
    expect(printed([3, 25, 40], { total: 50 })).toEqual({ items: ["<10", "[c]", 40], total: 50 });
    expect(printed([12, 20], { total: 7 + 20 })).toEqual({ items: [12, 20], total: 27 });
  });

  it("rejects a total smaller than one of its counts", () => {
    expect(() => printed([12, 20], { total: 15 })).toThrow(/smaller than one of the counts/);
  });

  it("rejects negative counts", () => {
    expect(() => printed([-2])).toThrow(/"answer 0"/);
  });
});
