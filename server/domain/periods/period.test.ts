import { describe, expect, it } from "vitest";
import {
  inPeriod,
  isDay,
  parsePeriod,
  previousQuarter,
  quarterOf,
  quarterRange,
  recentQuarters,
} from "./period";

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

describe("quarters", () => {
  it("puts a day in its calendar quarter", () => {
    expect(quarterOf("2026-01-01").id).toBe("2026-Q1");
    expect(quarterOf("2026-03-31").id).toBe("2026-Q1");
    expect(quarterOf("2026-07-15").id).toBe("2026-Q3");
    expect(quarterOf("2026-12-31").id).toBe("2026-Q4");
  });

  it("gives each quarter's first and last day, leap years included", () => {
    expect(quarterRange("2026-Q3")).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterRange("2028-Q1")).toMatchObject({ from: "2028-01-01", to: "2028-03-31" });
    expect(quarterRange("2026-Q4")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterRange("2026-Q5")).toBeUndefined();
    expect(quarterRange("Q3 2026")).toBeUndefined();
  });

  it("lists recent quarters newest first, across a year's end", () => {
    expect(recentQuarters("2026-02-10", 3)).toEqual(["2026-Q1", "2025-Q4", "2025-Q3"]);
  });
});

describe("isDay", () => {
  it("accepts real dates only", () => {
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-01-01")).toBe(false);
  });
});
