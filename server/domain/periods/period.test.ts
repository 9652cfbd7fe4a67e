import { describe, expect, it } from "vitest";
import { inPeriod, parsePeriod, previousQuarter, quarterOf } from "./period";

describe("reporting periods", () => {
  it("reads a quarter as its whole days", () => {
    expect(parsePeriod("2026-Q4")).toEqual({ id: "2026-Q4", from: "2026-10-01", to: "2026-12-31" });
    expect(parsePeriod("2024-Q1")).toEqual({ id: "2024-Q1", from: "2024-01-01", to: "2024-03-31" });
  });

  it("reads a custom range and refuses a backwards or malformed one", () => {
    expect(parsePeriod("2026-09-01..2026-11-30")?.to).toBe("2026-11-30");
    expect(parsePeriod("2026-11-30..2026-09-01")).toBeUndefined();
    expect(parsePeriod("2026-Q5")).toBeUndefined();
    expect(parsePeriod("last quarter")).toBeUndefined();
  });

  it("finds the quarter of a day and the quarter before, across a year end", () => {
    expect(quarterOf("2026-11-24").id).toBe("2026-Q4");
    expect(previousQuarter(quarterOf("2026-02-10")).id).toBe("2025-Q4");
    expect(previousQuarter(quarterOf("2026-08-31"))).toEqual({
      id: "2026-Q2",
      from: "2026-04-01",
      to: "2026-06-30",
    });
  });

  it("includes both ends of a period", () => {
    const q = quarterOf("2026-11-24");
    expect([inPeriod("2026-10-01", q), inPeriod("2026-12-31", q), inPeriod("2027-01-01", q)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
