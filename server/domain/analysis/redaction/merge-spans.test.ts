import { describe, expect, it } from "vitest";
import { mergeSpans } from "./merge-spans";

describe("mergeSpans", () => {
  it("sorts spans by where they start", () => {
    expect(
      mergeSpans([
        { type: "phone", start: 10, end: 20 },
        { type: "name", start: 0, end: 4 },
      ]),
    ).toEqual([
      { type: "name", start: 0, end: 4 },
      { type: "phone", start: 10, end: 20 },
    ]);
  });

  it("drops a span inside a longer one", () => {
    expect(
      mergeSpans([
        { type: "name", start: 3, end: 9 },
        { type: "address", start: 0, end: 20 },
      ]),
    ).toEqual([{ type: "address", start: 0, end: 20 }]);
  });

  it("keeps the more specific type when two spans are equal", () => {
    expect(
      mergeSpans([
        { type: "name", start: 0, end: 5 },
        { type: "handle", start: 0, end: 5 },
      ]),
    ).toEqual([{ type: "handle", start: 0, end: 5 }]);
  });

  it("joins partly overlapping spans into one typed as the longer, so nothing shows", () => {
    expect(
      mergeSpans([
        { type: "school", start: 0, end: 10 },
        { type: "name", start: 8, end: 12 },
      ]),
    ).toEqual([{ type: "school", start: 0, end: 12 }]);
  });

  it("keeps spans that only touch", () => {
    expect(
      mergeSpans([
        { type: "name", start: 0, end: 4 },
        { type: "name", start: 4, end: 8 },
      ]),
    ).toHaveLength(2);
  });

  it("ignores empty spans", () => {
    expect(mergeSpans([{ type: "name", start: 3, end: 3 }])).toEqual([]);
  });
});
