// The board report as plain JSON: what the builder returns and every renderer (HTML, CSV, JSON,
// DOCX) reads. Every count about people is a PublishedCount that has passed suppression.
import type { Rag } from "../actions/rag-status";
import type { Period } from "../periods/period";
import type { PublishedCount } from "../suppression";

/** The change on the previous period: shown only when both counts are published. */
export type Change = { kind: "change"; value: number; percent: number | null } | { kind: "withheld" };

/** A count this period and last, and the change between them. */
export type Compared = { current: PublishedCount; previous: PublishedCount; change: Change };

/** Voices heard from one audience. */
export type VoiceRow = Compared & { audience: string };

/** Coded answers under one theme. */
export type ThemeRow = Compared & { themeId: string; label: string; outcomes: string[] };

/** An action as the board sees it: who owns it (a team, never a person), when it is due, its RAG. */
export type ReportAction = {
  id: string;
  title: string;
  agency: string;
  owningTeam: string;
  status: "planned" | "in-progress" | "done";
  dueOn: string | null;
  rag: Rag;
  outcomes: string[];
};

/** One strategy outcome: its themes (counts) and actions (RAG), with how many actions are in each RAG. */
export type OutcomeSection = {
  id: string;
  label: string;
  themes: ThemeRow[];
  actions: ReportAction[];
  /** Actions per RAG status: actions, not people, so not subject to suppression. */
  rag: Record<Rag, number>;
};

/** One of the four Ps and its outcomes, in the strategy's order. */
export type AimSection = { id: string; label: string; outcomes: OutcomeSection[] };

/** Something the board should look at first. */
export type ReportException =
  | {
      kind: "action-overdue" | "action-at-risk";
      actionId: string;
      title: string;
      dueOn: string | null;
      outcomes: string[];
    }
  | { kind: "outcome-without-action"; outcomeId: string; label: string }
  | { kind: "audience-not-heard"; audience: string }
  | ({ kind: "voices-dropped"; audience: string } & Compared);

/** The quarterly exception report against the strategy's outcomes. */
export type BoardReport = {
  kind: "board-report";
  period: Period;
  /** The period the changes are measured against (the quarter before, for a quarter). */
  previous: Period;
  /** The suppression threshold: counts from 1 to k-1 are shown as `<k`. */
  k: number;
  /** The day RAG statuses are judged at: the period's last day, or today if that is earlier. */
  asOf: string;
  voices: { rows: VoiceRow[]; total: Compared };
  topThemes: ThemeRow[];
  aims: AimSection[];
  exceptions: ReportException[];
};
