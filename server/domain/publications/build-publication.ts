import type { Period } from "../periods/period";
import { assertNoSmallCounts, type PublishedCount, suppressCounts, suppressTable } from "../suppression";
import type { AskedSurvey, DoneAction, PublicationContent, SaidTheme } from "./publication-content";
import { quoteLanguage } from "./quote-language";

/** Responses submitted in the period for one survey and audience (true counts, before suppression). */
export type ResponseGroup = {
  surveyId: string;
  audience: string;
  count: number;
  firstDay: string;
  lastDay: string;
};

/** A theme from the codebook. */
export type ThemeInput = {
  id: string;
  label: string;
  description: string;
  harms: string[];
  outcomes: string[];
};

/** A quote decision for an answer in the period; only approved ones are ever published. */
export type QuoteInput = {
  id: string;
  themeId: string;
  text: string;
  status: "approved" | "rejected";
  decidedOn: string;
  /** The language the respondent answered in (a quote is marked with it only when its letters show it). */
  locale: string;
};

/** Everything a publication is built from: read by the caller, so this function stays pure. */
export type PublicationInputs = {
  period: Period;
  title: string;
  k: number;
  /** English survey titles by id. */
  surveyTitles: Record<string, string>;
  /** Audience ids in the framework's order, so tables read the same in every publication. */
  audienceOrder: readonly string[];
  responses: readonly ResponseGroup[];
  themes: readonly ThemeInput[];
  /** Coded answers per theme in the period. */
  themeCounts: readonly { themeId: string; count: number }[];
  quotes: readonly QuoteInput[];
  /** Actions as stored (their harms are worked out here, from their themes). */
  actions: readonly Omit<DoneAction, "harms">[];
  /** How many themes "You said" shows; 5 unless chosen. */
  topThemes?: number;
};

/** At most this many quotes per theme, and each at most this long (the analyst's rule too). */
export const QUOTES_PER_THEME = 3;
export const QUOTE_MAX = 200;

/**
 * Builds the frozen "you said, we did" content for a period. Every count passes suppression at `k`
 * (the survey-by-audience table with its margins, the theme list), and the result is checked once
 * more: this throws rather than return anything with a count from 1 to k−1.
 */
export function buildPublication(input: PublicationInputs): PublicationContent {
  const content: PublicationContent = {
    k: input.k,
    period: { id: input.period.id, from: input.period.from, to: input.period.to },
    title: input.title,
    weAsked: weAsked(input),
    youSaid: { themes: youSaid(input) },
    weDid: { actions: weDid(input) },
  };
  assertNoSmallCounts(content, input.k);
  return content;
}

function weAsked(input: PublicationInputs): PublicationContent["weAsked"] {
  const groups = input.responses.filter((g) => g.count > 0);
  const surveyIds = [...new Set(groups.map((g) => g.surveyId))].sort();
  const known = new Set(groups.map((g) => g.audience));
  const audiences = [
    ...input.audienceOrder.filter((a) => known.has(a)),
    ...[...known].filter((a) => !input.audienceOrder.includes(a)).sort(),
  ];
  const countOf = (s: string, a: string) =>
    groups.filter((g) => g.surveyId === s && g.audience === a).reduce((sum, g) => sum + g.count, 0);
  const table = suppressTable(
    { rows: surveyIds, cols: audiences, cells: surveyIds.map((s) => audiences.map((a) => countOf(s, a))) },
    { k: input.k },
  );
  const zero: PublishedCount = { kind: "count", value: 0 };
  const surveys: AskedSurvey[] = surveyIds.map((id, r) => {
    const own = groups.filter((g) => g.surveyId === id);
    return {
      id,
      title: input.surveyTitles[id] ?? id,
      firstMonth:
        own
          .map((g) => g.firstDay)
          .sort()[0]
          ?.slice(0, 7) ?? "",
      lastMonth:
        own
          .map((g) => g.lastDay)
          .sort()
          .at(-1)
          ?.slice(0, 7) ?? "",
      tookPart: table.totals?.rows[r] ?? zero,
      // A true zero reveals nothing, and listing every audience under every survey is only noise.
      byAudience: audiences
        .map((audience, c) => ({ audience, cell: table.cells[r]?.[c] ?? zero, n: countOf(id, audience) }))
        .filter((row) => row.n > 0)
        .map(({ audience, cell }) => ({ audience, cell })),
    };
  });
  return {
    surveys,
    byAudience: audiences.map((audience, c) => ({ audience, cell: table.totals?.cols[c] ?? zero })),
    total: table.totals?.grand ?? zero,
  };
}

function youSaid(input: PublicationInputs): SaidTheme[] {
  const byId = new Map(input.themes.map((t) => [t.id, t]));
  const ranked = input.themeCounts
    .filter((row) => row.count > 0 && byId.has(row.themeId))
    .sort((a, b) => b.count - a.count || a.themeId.localeCompare(b.themeId))
    .slice(0, input.topThemes ?? 5);
  // Each theme on its own: an answer can carry several themes, so theme counts add up to no total
  // that is (or could be) published, and hiding a large count beside a small one would protect nothing.
  const themes = ranked.map((row) => {
    const cell = suppressCounts([{ key: row.themeId, value: row.count }], { k: input.k }).items[0]?.cell;
    const theme = byId.get(row.themeId) as ThemeInput;
    return {
      id: theme.id,
      label: theme.label,
      description: theme.description,
      harms: [...theme.harms],
      outcomes: [...theme.outcomes],
      count: cell ?? { kind: "suppressed", display: `<${input.k}` },
      quotes: quotesFor(theme.id, input.quotes),
    };
  });
  // Hidden counts go last: placing a hidden count between two shown ones would bound it.
  const shown = (t: SaidTheme) => (t.count.kind === "count" ? 0 : 1);
  return themes.sort((a, b) => shown(a) - shown(b));
}

function quotesFor(themeId: string, quotes: readonly QuoteInput[]): SaidTheme["quotes"] {
  const seen = new Set<string>();
  return quotes
    .filter((q) => q.themeId === themeId && q.status === "approved" && q.text.length <= QUOTE_MAX)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id))
    .filter((q) => !seen.has(q.id) && seen.add(q.id))
    .slice(0, QUOTES_PER_THEME)
    .map((q) => {
      const lang = quoteLanguage(q.text, q.locale);
      return lang ? { id: q.id, text: q.text, lang } : { id: q.id, text: q.text };
    });
}

const STATUS_ORDER = { "in-progress": 0, planned: 1, done: 2 } as const;

/** Actions still open when the period began, or done since: what was being done for children then. */
function weDid(input: PublicationInputs): DoneAction[] {
  const harmsOf = new Map(input.themes.map((t) => [t.id, t.harms]));
  return input.actions
    .filter((a) => a.doneOn === null || a.status !== "done" || a.doneOn >= input.period.from)
    .map((a) => ({
      ...a,
      themes: [...a.themes],
      outcomes: [...a.outcomes],
      harms: [...new Set(a.themes.flatMap((id) => harmsOf.get(id) ?? []))].sort(),
      translations: { ...a.translations },
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.title.localeCompare(b.title));
}
