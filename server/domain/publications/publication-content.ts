import type { PublishedCount } from "../suppression";

/** Where an action is: the same three words officers and the public see. */
export const ACTION_STATUSES = ["planned", "in-progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Who leads an action. Never a person: actions are published. */
export const AGENCIES = [
  "council",
  "health",
  "police",
  "education",
  "voluntary-sector",
  "partnership",
] as const;
export type Agency = (typeof AGENCIES)[number];

/** Audiences a publication can be read as: `?for=child|young|adult`. */
export const READERS = ["child", "young", "adult"] as const;
export type Reader = (typeof READERS)[number];

/** One survey in "We asked": when it ran (months only) and how many took part, by audience. */
export type AskedSurvey = {
  id: string;
  /** English title at the time; pages show the title in the reader's language when there is one. */
  title: string;
  /** YYYY-MM of the first and last answers in the period: months, not days, so no answer is dated. */
  firstMonth: string;
  lastMonth: string;
  tookPart: PublishedCount;
  byAudience: { audience: string; cell: PublishedCount }[];
};

/** One theme in "You said": its coded-answer count and up to three approved quotes. */
export type SaidTheme = {
  id: string;
  label: string;
  description: string;
  harms: string[];
  outcomes: string[];
  count: PublishedCount;
  /** `lang`: the quote's language, only where its own letters show it (quote-language.ts). */
  quotes: { id: string; text: string; lang?: string }[];
};

/** One action in "We did", as published (officer text; translations per locale when written). */
export type DoneAction = {
  id: string;
  title: string;
  description: string;
  childSummary: string;
  agency: Agency;
  owningTeam: string;
  status: ActionStatus;
  startOn: string | null;
  dueOn: string | null;
  doneOn: string | null;
  themes: string[];
  outcomes: string[];
  /** Harms of the themes it answers, so the public page can filter actions by harm. */
  harms: string[];
  translations: Record<string, { title?: string; childSummary?: string }>;
};

/**
 * The frozen content of one publication version: every count already suppressed at `k`, so any
 * renderer (page, feed, JSON) can show it as it stands, today or in ten years.
 */
export type PublicationContent = {
  k: number;
  period: { id: string; from: string; to: string };
  title: string;
  weAsked: {
    surveys: AskedSurvey[];
    /** Everyone who took part, per audience, across the surveys (protected with the cells). */
    byAudience: { audience: string; cell: PublishedCount }[];
    total: PublishedCount;
  };
  youSaid: { themes: SaidTheme[] };
  weDid: { actions: DoneAction[] };
};
