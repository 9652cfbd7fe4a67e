import { describe, expect, it } from "vitest";
import { parsePeriod, quarter } from "../periods/period";
import { assertNoSmallCounts } from "../suppression";
import { bundledFramework } from "../surveys/bundled-framework";
import { type BoardReportInput, buildBoardReport } from "./board-report";
import type { ActionRecord } from "./report-actions";
import { comparisonPeriod } from "./report-period";

const period = quarter(2026, 4);

function action(overrides: Partial<ActionRecord> & Pick<ActionRecord, "id">): ActionRecord {
  return {
    title: `Action ${overrides.id}`,
    agency: "council",
    owningTeam: "Youth service",
    status: "in-progress",
    dueOn: "2027-03-31",
    doneOn: null,
    addedOn: "2026-09-01",
    lastUpdateOn: "2026-11-20",
    outcomes: ["prepare.voice"],
    ...overrides,
  };
}

function input(overrides: Partial<BoardReportInput> = {}): BoardReportInput {
  return {
    period,
    previous: comparisonPeriod(period),
    k: 10,
    today: "2026-12-01",
    framework: bundledFramework,
    voices: {
      // Parents and carers are too few to show; children 4-7 are hidden too, as the next smallest,
      // so the 3 cannot be worked out from the total.
      current: {
        "child-8-12": 40,
        "young-person-13-17": 120,
        "parent-carer": 3,
        "young-adult-18-25": 15,
        "child-4-7-assisted": 11,
      },
      previous: { "child-8-12": 25, "young-person-13-17": 118, "parent-carer": 30, "young-adult-18-25": 50 },
    },
    themes: [
      {
        id: "trusted-adults",
        label: "Trusted adults to talk to",
        outcomes: ["prepare.voice", "prevent.early"],
      },
      { id: "knife-crime", label: "Knife crime and weapons", outcomes: ["pursue.offending"] },
      { id: "youth-clubs", label: "Youth clubs and things to do", outcomes: ["prevent.resilience"] },
    ],
    themeCounts: {
      current: { "trusted-adults": 31, "knife-crime": 4, "youth-clubs": 55 },
      previous: { "trusted-adults": 20, "youth-clubs": 60 },
    },
    actions: [],
    ...overrides,
  };
}

const voice = (report: ReturnType<typeof buildBoardReport>, audience: string) =>
  report.voices.rows.find((row) => row.audience === audience);

describe("buildBoardReport", () => {
  it("publishes no count from 1 to k-1 anywhere, and states k", () => {
    const report = buildBoardReport(input());
    expect(report.k).toBe(10);
    expect(() => assertNoSmallCounts(report, 10)).not.toThrow();
    expect(voice(report, "parent-carer")?.current).toEqual({ kind: "suppressed", display: "<10" });
    expect(report.topThemes.find((row) => row.themeId === "knife-crime")?.current).toEqual({
      kind: "suppressed",
      display: "<10",
    });
  });

  it("uses the configured k, never below the minimum", () => {
    const report = buildBoardReport(input({ k: 25 }));
    expect(voice(report, "young-adult-18-25")?.current).toEqual({ kind: "suppressed", display: "<25" });
    expect(() => buildBoardReport(input({ k: 3 }))).toThrow(/at least 5/);
  });

  it("gives the change on last quarter where both counts are published", () => {
    const report = buildBoardReport(input());
    expect(report.previous).toEqual(quarter(2026, 3));
    expect(voice(report, "child-8-12")).toMatchObject({
      current: { kind: "count", value: 40 },
      previous: { kind: "count", value: 25 },
      change: { kind: "change", value: 15, percent: 60 },
    });
    expect(voice(report, "parent-carer")?.change).toEqual({ kind: "withheld" });
  });

  it("keeps the total consistent with the audiences' suppression", () => {
    const report = buildBoardReport(input());
    expect(voice(report, "child-4-7-assisted")?.current).toEqual({ kind: "suppressed", display: "[c]" });
    expect(report.voices.total.current).toEqual({ kind: "count", value: 189 });
    expect(report.voices.total.previous).toEqual({ kind: "count", value: 223 });
  });

  it("lists top themes by published count, hidden counts last in label order", () => {
    const report = buildBoardReport(input());
    // Knife crime (4) is too small; trusted adults (31) is hidden with it, or 4 = sum - 31 - 55.
    expect(report.topThemes.map((row) => [row.themeId, row.current.kind])).toEqual([
      ["youth-clubs", "count"],
      ["knife-crime", "suppressed"],
      ["trusted-adults", "suppressed"],
    ]);
  });

  it("groups actions with their RAG status under every outcome they serve, in the 4 Ps' order", () => {
    const actions = [
      action({ id: "late", dueOn: "2026-11-01", outcomes: ["prepare.voice", "protect.victims"] }),
      action({ id: "soon", status: "planned", dueOn: "2026-12-10", outcomes: ["prepare.voice"] }),
      action({ id: "fine", outcomes: ["prepare.voice"] }),
      action({ id: "finished", status: "done", doneOn: "2026-10-15", outcomes: ["protect.victims"] }),
      action({ id: "done-before", status: "done", doneOn: "2026-06-01" }),
      action({ id: "added-after", addedOn: "2027-01-05" }),
    ];
    const report = buildBoardReport(input({ actions }));
    expect(report.aims.map((aim) => aim.id)).toEqual(["prepare", "prevent", "protect", "pursue"]);
    const outcomes = report.aims.flatMap((aim) => aim.outcomes);
    expect(outcomes).toHaveLength(8);
    const voiceOutcome = outcomes.find((o) => o.id === "prepare.voice");
    expect(voiceOutcome?.actions.map((a) => [a.id, a.rag])).toEqual([
      ["late", "red"],
      ["soon", "amber"],
      ["fine", "green"],
    ]);
    expect(voiceOutcome?.rag).toEqual({ red: 1, amber: 1, green: 1, done: 0 });
    expect(outcomes.find((o) => o.id === "protect.victims")?.actions.map((a) => a.rag)).toEqual([
      "red",
      "done",
    ]);
    expect(voiceOutcome?.themes.map((row) => row.themeId)).toEqual(["trusted-adults"]);
  });

  it("raises exceptions: overdue and at-risk actions, outcomes without action, audiences not heard, big drops", () => {
    const actions = [
      action({ id: "late", dueOn: "2026-11-01", outcomes: ["prepare.voice"] }),
      action({ id: "soon", status: "planned", dueOn: "2026-12-10", outcomes: ["prevent.early"] }),
    ];
    const report = buildBoardReport(input({ actions }));
    const kinds = report.exceptions.map((e) =>
      "actionId" in e
        ? `${e.kind}:${e.actionId}`
        : "outcomeId" in e
          ? `${e.kind}:${e.outcomeId}`
          : `${e.kind}:${e.audience}`,
    );
    expect(kinds).toContain("action-overdue:late");
    expect(kinds).toContain("action-at-risk:soon");
    expect(kinds).toContain("outcome-without-action:pursue.offending");
    expect(kinds).not.toContain("outcome-without-action:prepare.voice");
    expect(kinds).toContain("audience-not-heard:community");
    expect(kinds).not.toContain("audience-not-heard:child-4-7-assisted");
    // 50 -> 15 is a 70% fall; 30 -> fewer than 10 is at least a 70% fall, whatever the hidden number.
    expect(kinds).toContain("voices-dropped:young-adult-18-25");
    expect(kinds).toContain("voices-dropped:parent-carer");
    expect(kinds).not.toContain("voices-dropped:young-person-13-17");
  });

  it("does not call a fall to a hidden count big unless every possible hidden value would be", () => {
    const report = buildBoardReport(
      input({
        voices: {
          current: { "child-8-12": 9, "parent-carer": 40 },
          previous: { "child-8-12": 12, "parent-carer": 41 },
        },
      }),
    );
    expect(report.exceptions.some((e) => e.kind === "voices-dropped")).toBe(false);
  });

  it("judges RAG at the period's end for a past period", () => {
    const actions = [action({ id: "due-in-january", status: "planned", dueOn: "2027-01-20" })];
    const past = buildBoardReport(input({ actions, today: "2027-03-01" }));
    expect(past.asOf).toBe("2026-12-31");
    expect(past.aims[0]?.outcomes.find((o) => o.id === "prepare.voice")?.actions[0]?.rag).toBe("green");
  });
});

describe("comparisonPeriod", () => {
  it("compares a custom range with the same number of days just before it", () => {
    const custom = parsePeriod("2026-11-01..2026-11-30");
    if (!custom) throw new Error("period did not parse");
    expect(comparisonPeriod(custom)).toMatchObject({ from: "2026-10-02", to: "2026-10-31" });
  });
});
