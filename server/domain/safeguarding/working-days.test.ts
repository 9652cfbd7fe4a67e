import { describe, expect, it } from "vitest";
import { closedOnFor, isOpenItem } from "./queue-status";
import { dueOn, isOverdue, isWorkingDay, nextWorkingDay } from "./working-days";

// 2026-03-02 is a Monday.
const MON = "2026-03-02";
const TUE = "2026-03-03";
const WED = "2026-03-04";
const FRI = "2026-03-06";
const SAT = "2026-03-07";
const SUN = "2026-03-08";
const NEXT_MON = "2026-03-09";
const NEXT_TUE = "2026-03-10";

describe("working days", () => {
  it("counts Monday to Friday as working days and the weekend as not", () => {
    expect([MON, TUE, WED, FRI].map(isWorkingDay)).toEqual([true, true, true, true]);
    expect([SAT, SUN].map(isWorkingDay)).toEqual([false, false]);
  });

  it("skips the weekend to find the next working day", () => {
    expect(nextWorkingDay(MON)).toBe(TUE);
    expect(nextWorkingDay(FRI)).toBe(NEXT_MON);
    expect(nextWorkingDay(SAT)).toBe(NEXT_MON);
    expect(nextWorkingDay(SUN)).toBe(NEXT_MON);
  });

  it("crosses month and year ends", () => {
    expect(nextWorkingDay("2026-01-30")).toBe("2026-02-02"); // Friday -> Monday
    expect(nextWorkingDay("2025-12-31")).toBe("2026-01-01"); // bank holidays are not known
  });

  it("refuses something that is not a date", () => {
    expect(() => dueOn("yesterday")).toThrow(RangeError);
  });
});

describe("overdue after one working day", () => {
  it("gives an item raised on Monday until the end of Tuesday", () => {
    expect(dueOn(MON)).toBe(TUE);
    expect(isOverdue(MON, true, MON)).toBe(false);
    expect(isOverdue(MON, true, TUE)).toBe(false);
    expect(isOverdue(MON, true, WED)).toBe(true);
  });

  it("gives an item raised on Friday until the end of Monday", () => {
    expect(dueOn(FRI)).toBe(NEXT_MON);
    expect(isOverdue(FRI, true, SAT)).toBe(false);
    expect(isOverdue(FRI, true, SUN)).toBe(false);
    expect(isOverdue(FRI, true, NEXT_MON)).toBe(false);
    expect(isOverdue(FRI, true, NEXT_TUE)).toBe(true);
  });

  it("gives an item raised at the weekend until the end of Monday", () => {
    expect(dueOn(SAT)).toBe(NEXT_MON);
    expect(isOverdue(SUN, true, NEXT_TUE)).toBe(true);
  });

  it("never calls a closed item overdue", () => {
    expect(isOverdue(MON, false, NEXT_TUE)).toBe(false);
  });
});

describe("item status", () => {
  it("treats new and in review as open, and dates a decision", () => {
    expect(isOpenItem("new")).toBe(true);
    expect(isOpenItem("in-review")).toBe(true);
    expect(isOpenItem("actioned")).toBe(false);
    expect(closedOnFor("no-further-action", null, WED)).toBe(WED);
    expect(closedOnFor("actioned", TUE, WED)).toBe(TUE);
    expect(closedOnFor("in-review", TUE, WED)).toBeNull();
  });
});
