import type { Period } from "../periods/period";
import { assertNoSmallCounts, type PublishedCount, suppressionThreshold } from "../suppression";
import type { AimSection, BoardReport, ThemeRow, VoiceRow } from "./board-report-types";
import { type CountsByKey, compareCounts } from "./compare-counts";
import { type ActionRecord, actionsForPeriod, ragTally } from "./report-actions";
import { findExceptions } from "./report-exceptions";
import { asOfDay } from "./report-period";

/** Themes listed in "top themes". */
export const TOP_THEMES = 10;

/** The strategy frame the report is laid out by (surveys/framework.json). */
export type ReportFramework = {
  aims: readonly { id: string; label: string }[];
  outcomes: readonly { id: string; aim: string; label: string }[];
  audiences: readonly { id: string }[];
};

/** Everything the report is built from: true counts from the rollups, the codebook and the actions. */
export type BoardReportInput = {
  period: Period;
  previous: Period;
  k: number;
  today: string;
  framework: ReportFramework;
  /** Submitted responses by audience. */
  voices: CountsByKey;
  themes: readonly { id: string; label: string; outcomes: readonly string[] }[];
  /** Coded answers by theme id. */
  themeCounts: CountsByKey;
  actions: readonly ActionRecord[];
};

// Published counts first, biggest first; hidden ones after, by label: ordering by their true values
// would hint at what the markers hide.
const shown = (cell: PublishedCount) => (cell.kind === "count" ? cell.value : -1);
const byPublishedCount = (a: ThemeRow, b: ThemeRow) =>
  shown(b.current) - shown(a.current) || a.label.localeCompare(b.label);
const mentioned = (row: ThemeRow) =>
  !(
    row.current.kind === "count" &&
    row.current.value === 0 &&
    row.previous.kind === "count" &&
    row.previous.value === 0
  );

/**
 * Builds the quarterly exception report: voices by audience with the change on the period before,
 * top themes, and for each of the 4 Ps' outcomes its themes and its actions with RAG status, plus the
 * exceptions. Every count of people passes suppression at k, and the result is checked once more
 * before it is returned, so no renderer can print a count from 1 to k-1.
 */
export function buildBoardReport(input: BoardReportInput): BoardReport {
  const k = suppressionThreshold(input.k);
  const asOf = asOfDay(input.period, input.today);
  const audiences = input.framework.audiences.map((a) => a.id);
  const voiceCounts = compareCounts(audiences, input.voices, k, { withTotal: true });
  const voices: VoiceRow[] = audiences.flatMap((audience) => {
    const row = voiceCounts.rows.get(audience);
    return row ? [{ audience, ...row }] : [];
  });

  const themeCounts = compareCounts(
    input.themes.map((theme) => theme.id),
    input.themeCounts,
    k,
    { withTotal: false },
  );
  const themeRows: ThemeRow[] = input.themes.flatMap((theme) => {
    const row = themeCounts.rows.get(theme.id);
    return row ? [{ themeId: theme.id, label: theme.label, outcomes: [...theme.outcomes], ...row }] : [];
  });
  const topThemes = themeRows
    .filter((row) => row.current.kind !== "count" || row.current.value > 0)
    .sort(byPublishedCount)
    .slice(0, TOP_THEMES);

  const actions = actionsForPeriod(input.actions, input.period, asOf);
  const aims: AimSection[] = input.framework.aims.map((aim) => ({
    id: aim.id,
    label: aim.label,
    outcomes: input.framework.outcomes
      .filter((outcome) => outcome.aim === aim.id)
      .map((outcome) => {
        const linked = actions.filter((action) => action.outcomes.includes(outcome.id));
        return {
          id: outcome.id,
          label: outcome.label,
          themes: themeRows
            .filter((row) => row.outcomes.includes(outcome.id) && mentioned(row))
            .sort(byPublishedCount),
          actions: linked,
          rag: ragTally(linked),
        };
      }),
  }));

  const total = voiceCounts.total ?? { current: zero, previous: zero, change: { kind: "withheld" as const } };
  const report: BoardReport = {
    kind: "board-report",
    period: input.period,
    previous: input.previous,
    k,
    asOf,
    voices: { rows: voices, total },
    topThemes,
    aims,
    exceptions: findExceptions(voices, aims, actions),
  };
  assertNoSmallCounts(report, k);
  return report;
}

const zero: PublishedCount = { kind: "count", value: 0 };
