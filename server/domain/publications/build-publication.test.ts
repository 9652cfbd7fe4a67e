import { describe, expect, it } from "vitest";
import { quarter } from "../periods/period";
import { assertNoSmallCounts } from "../suppression";
import { buildPublication, type PublicationInputs, QUOTES_PER_THEME } from "./build-publication";
import type { DoneAction } from "./publication-content";

const K = 10;

function action(id: string, over: Partial<DoneAction> = {}): Omit<DoneAction, "harms"> {
  return {
    id,
    title: `Action ${id}`,
    description: "What we do",
    childSummary: "What we do, simply",
    agency: "council",
    owningTeam: "Youth Service",
    status: "in-progress",
    startOn: null,
    dueOn: null,
    doneOn: null,
    themes: ["safe-routes"],
    outcomes: ["prevent.early"],
    translations: {},
    ...over,
  };
}

const inputs = (over: Partial<PublicationInputs> = {}): PublicationInputs => ({
  period: quarter(2026, 4),
  title: "You said, we did: 2026-Q4",
  k: K,
  surveyTitles: {
    "feeling-safe": "Feeling safe",
    "parents-carers": "Parents and carers",
    "quick-feedback": "Quick feedback",
  },
  audienceOrder: ["child-8-12", "young-person-13-17", "parent-carer", "community"],
  responses: [
    {
      surveyId: "feeling-safe",
      audience: "child-8-12",
      count: 40,
      firstDay: "2026-10-03",
      lastDay: "2026-12-01",
    },
    {
      surveyId: "parents-carers",
      audience: "parent-carer",
      count: 3,
      firstDay: "2026-11-10",
      lastDay: "2026-11-12",
    },
    {
      surveyId: "quick-feedback",
      audience: "community",
      count: 25,
      firstDay: "2026-10-20",
      lastDay: "2026-10-25",
    },
    {
      surveyId: "quick-feedback",
      audience: "child-8-12",
      count: 1,
      firstDay: "2026-10-21",
      lastDay: "2026-10-21",
    },
  ],
  themes: [
    {
      id: "safe-routes",
      label: "Safer routes",
      description: "",
      harms: ["serious-youth-violence"],
      outcomes: ["prevent.early"],
    },
    {
      id: "online",
      label: "Online",
      description: "",
      harms: ["online-abuse"],
      outcomes: ["prepare.awareness"],
    },
    { id: "tiny", label: "Tiny", description: "", harms: ["bullying"], outcomes: ["prepare.voice"] },
  ],
  themeCounts: [
    { themeId: "safe-routes", count: 30 },
    { themeId: "online", count: 12 },
    { themeId: "tiny", count: 2 },
  ],
  quotes: [],
  actions: [action("a1")],
  ...over,
});

/** Every number in the output, wherever it sits, that is a count cell. */
function countValues(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(countValues);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = record.kind === "count" && typeof record.value === "number" ? [record.value] : [];
    return [...own, ...Object.values(record).flatMap(countValues)];
  }
  return [];
}

describe("buildPublication", () => {
  it("never lets a count from 1 to k−1 through, anywhere in the output, and records k", () => {
    const content = buildPublication(inputs());
    expect(content.k).toBe(K);
    expect(() => assertNoSmallCounts(content, K)).not.toThrow();
    for (const n of countValues(content)) expect(n === 0 || n >= K).toBe(true);
    // The JSON a reader downloads holds no small count either.
    expect(() => assertNoSmallCounts(JSON.parse(JSON.stringify(content)), K)).not.toThrow();
  });

  it("hides small groups as <k and hides a total that would give them away", () => {
    const content = buildPublication(inputs());
    const parents = content.weAsked.surveys.find((s) => s.id === "parents-carers");
    expect(parents?.tookPart).toEqual({ kind: "suppressed", display: "<10" });
    const quick = content.weAsked.surveys.find((s) => s.id === "quick-feedback");
    // 25 + 1: the survey total would reveal the one child, so it is hidden as well.
    expect(quick?.byAudience.find((r) => r.audience === "child-8-12")?.cell).toEqual({
      kind: "suppressed",
      display: "<10",
    });
    expect(quick?.tookPart.kind).toBe("suppressed");
    expect(content.youSaid.themes.find((t) => t.id === "tiny")?.count).toEqual({
      kind: "suppressed",
      display: "<10",
    });
  });

  it("keeps months, not days, for when a survey ran", () => {
    const content = buildPublication(inputs());
    expect(content.weAsked.surveys.find((s) => s.id === "feeling-safe")).toMatchObject({
      firstMonth: "2026-10",
      lastMonth: "2026-12",
    });
  });

  it("publishes at most three quotes per theme, approved ones only", () => {
    const quotes = [
      ...Array.from({ length: 5 }, (_, i) => ({
        id: `q${i}`,
        themeId: "safe-routes",
        text: i === 1 ? "Więcej świateł" : `Approved ${i}`,
        status: "approved" as const,
        decidedOn: `2026-11-0${i + 1}`,
        locale: i === 1 ? "pl" : "en",
      })),
      {
        id: "r1",
        themeId: "safe-routes",
        text: "Rejected words",
        status: "rejected" as const,
        decidedOn: "2026-10-01",
        locale: "en",
      },
      {
        id: "r2",
        themeId: "online",
        text: "Also rejected",
        status: "rejected" as const,
        decidedOn: "2026-10-01",
        locale: "en",
      },
    ];
    const content = buildPublication(inputs({ quotes }));
    const safe = content.youSaid.themes.find((t) => t.id === "safe-routes");
    expect(safe?.quotes).toHaveLength(QUOTES_PER_THEME);
    expect(safe?.quotes.map((q) => q.text)).toEqual(["Approved 0", "Więcej świateł", "Approved 2"]);
    // A quote whose letters show its language says so, so pages can mark it (WCAG 3.1.2).
    expect(safe?.quotes.map((q) => q.lang)).toEqual([undefined, "pl", undefined]);
    expect(JSON.stringify(content)).not.toContain("rejected");
    expect(content.youSaid.themes.find((t) => t.id === "online")?.quotes).toEqual([]);
  });

  it("lists actions still open when the period began, with the harms of their themes", () => {
    const content = buildPublication(
      inputs({
        actions: [
          action("open"),
          action("done-before", { status: "done", doneOn: "2026-09-30" }),
          action("done-during", { status: "done", doneOn: "2026-11-01" }),
        ],
      }),
    );
    expect(content.weDid.actions.map((a) => a.id)).toEqual(["open", "done-during"]);
    expect(content.weDid.actions[0]?.harms).toEqual(["serious-youth-violence"]);
  });

  it("refuses a threshold below the minimum rather than publish small counts", () => {
    expect(() => buildPublication(inputs({ k: 3 }))).toThrow(/at least 5/);
  });
});
