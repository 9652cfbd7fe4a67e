import { describe, expect, it } from "vitest";
import { isDay, quarterOf, quarterRange, recentQuarters } from "./period";

describe("quarters", () => {
  it("puts a day in its calendar quarter", () => {
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(quarterOf("2026-03-31")).toBe("2026-Q1");
    expect(quarterOf("2026-07-15")).toBe("2026-Q3");
    expect(quarterOf("2026-12-31")).toBe("2026-Q4");
  });

  it("gives each quarter's first and last day, leap years included", () => {
    expect(quarterRange("2026-Q3")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterRange("2028-Q1")).toEqual({ from: "2028-01-01", to: "2028-03-31" });
    expect(quarterRange("2026-Q4")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
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
