import { describe, expect, it } from "vitest";
import { harmStatuses, standingHarms, suggestThemes } from "./suggest-themes";

const themes = [
  { id: "grooming", harms: ["online-abuse", "cse"], retired: false },
  { id: "knives", harms: ["serious-youth-violence"], retired: false },
  { id: "old-grooming", harms: ["cse"], retired: true },
  { id: "clubs", harms: ["cce"], retired: false },
];

describe("harmStatuses", () => {
  it("lists the analysis' suggestions with any decision, then harms an analyst added", () => {
    expect(
      harmStatuses(
        ["cse", "online-abuse"],
        [
          { harm: "online-abuse", decision: "rejected" },
          { harm: "cce", decision: "accepted" },
        ],
      ),
    ).toEqual([
      { id: "cse", suggested: true, decision: null },
      { id: "online-abuse", suggested: true, decision: "rejected" },
      { id: "cce", suggested: false, decision: "accepted" },
    ]);
    expect(harmStatuses(null, [])).toEqual([]);
  });
});

describe("suggestThemes", () => {
  it("offers live themes linked to a harm that stands, not ones already applied", () => {
    const statuses = harmStatuses(["cse"], []);
    expect(suggestThemes(themes, statuses, []).map((t) => t.id)).toEqual(["grooming"]);
    expect(suggestThemes(themes, statuses, ["grooming"])).toEqual([]);
  });

  it("stops suggesting once the harm is rejected, and suggests for a harm an analyst accepted", () => {
    const rejected = harmStatuses(["cse"], [{ harm: "cse", decision: "rejected" }]);
    expect(standingHarms(rejected)).toEqual([]);
    expect(suggestThemes(themes, rejected, [])).toEqual([]);
    const added = harmStatuses([], [{ harm: "cce", decision: "accepted" }]);
    expect(suggestThemes(themes, added, []).map((t) => t.id)).toEqual(["clubs"]);
  });
});
