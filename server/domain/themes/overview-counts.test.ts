import { describe, expect, it } from "vitest";
import { type PublishedCount, suppressTable } from "../suppression";
import { publishOverview, type RawOverview } from "./overview-counts";

const shown = (cell: PublishedCount) => (cell.kind === "count" ? cell.value : cell.display);

const raw: RawOverview = {
  surveys: ["feeling-safe", "staying-safe", "help-you-got"],
  audiences: ["child-8-12", "young-person-13-17"],
  responses: [
    { surveyId: "feeling-safe", audience: "child-8-12", count: 40 },
    { surveyId: "staying-safe", audience: "young-person-13-17", count: 30 },
    { surveyId: "help-you-got", audience: "young-person-13-17", count: 3 },
  ],
  themes: [
    { id: "parks", count: 25 },
    { id: "knives", count: 12 },
    { id: "grooming", count: 2 },
    { id: "clubs", count: 0 },
  ],
  openSafeguarding: 4,
  openContact: 0,
};

describe("publishOverview", () => {
  it("gives officers who read the answers the exact counts", () => {
    const o = publishOverview(raw, { exact: true, k: 10 });
    expect(o.k).toBeNull();
    expect(o.bySurvey.map((r) => shown(r.cell))).toEqual([40, 30, 3]);
    expect(o.byAudience.map((r) => shown(r.cell))).toEqual([40, 33]);
    expect(shown(o.total)).toBe(73);
    expect(o.topThemes.map((r) => [r.key, shown(r.cell)])).toEqual([
      ["parks", 25],
      ["knives", 12],
      ["grooming", 2],
    ]);
    expect(shown(o.openSafeguarding)).toBe(4);
  });

  it("hides every small count from the board, and never lets one be worked out from the others", () => {
    const o = publishOverview(raw, { exact: false, k: 10 });
    expect(o.k).toBe(10);
    expect(shown(o.bySurvey[2]?.cell as PublishedCount)).toBe("<10");
    // The 3 would follow from 33 − 30 (audience minus survey): one of them must be hidden too.
    const youngPeople = o.byAudience[1]?.cell as PublishedCount;
    const stayingSafe = o.bySurvey[1]?.cell as PublishedCount;
    expect(youngPeople.kind === "suppressed" || stayingSafe.kind === "suppressed").toBe(true);
    expect(o.topThemes.find((r) => r.key === "grooming")?.cell.kind).toBe("suppressed");
    expect(o.topThemes.at(-1)?.cell.kind).toBe("suppressed");
    expect(shown(o.openSafeguarding)).toBe("<10");
    expect(shown(o.openContact)).toBe(0);
    // Every number shown is one the suppression functions themselves would publish.
    const table = suppressTable(
      {
        rows: raw.audiences as string[],
        cols: raw.surveys as string[],
        cells: [
          [40, 0, 0],
          [0, 30, 3],
        ],
      },
      { k: 10 },
    );
    expect(o.bySurvey.map((r) => r.cell)).toEqual(table.totals?.cols);
  });
});
