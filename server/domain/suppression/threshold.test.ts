import { describe, expect, it } from "vitest";
import { SuppressionError } from "./suppression-error";
import { isSmallCount, suppressionThreshold } from "./threshold";

describe("suppressionThreshold", () => {
  it("is 10 when no threshold is chosen", () => {
    expect(suppressionThreshold()).toBe(10);
  });

  it("accepts any whole number from 5 up", () => {
    expect(suppressionThreshold(5)).toBe(5);
    expect(suppressionThreshold(20)).toBe(20);
  });

  it("refuses a threshold under 5, because such counts can single out a child", () => {
    expect(() => suppressionThreshold(4)).toThrow(SuppressionError);
    expect(() => suppressionThreshold(0)).toThrow(/at least 5/);
  });

  it("refuses a threshold that is not a whole number", () => {
    for (const k of [7.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => suppressionThreshold(k)).toThrow(/whole number/);
    }
  });
});

describe("isSmallCount", () => {
  it("treats 1..k−1 as small, and 0 and k as safe", () => {
    expect([0, 1, 9, 10].map((n) => isSmallCount(n, 10))).toEqual([false, true, true, false]);
  });
});
