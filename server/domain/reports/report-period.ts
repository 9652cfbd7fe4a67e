import { type Period, parsePeriod, previousQuarter, quarterOf } from "../periods/period";

const QUARTER_ID = /^\d{4}-Q[1-4]$/;
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The period to compare with: the quarter before a quarter, or for a custom range the same number
 * of days just before it.
 */
export function comparisonPeriod(period: Period): Period {
  if (QUARTER_ID.test(period.id)) return previousQuarter(period);
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${period.to}T00:00:00Z`) - from) / DAY_MS) + 1;
  const previous = { from: iso(from - days * DAY_MS), to: iso(from - DAY_MS) };
  return { id: `${previous.from}..${previous.to}`, ...previous };
}

/** The report's period from `?period=` (a quarter or `from..to`), the current quarter when absent. */
export function reportPeriod(text: string | undefined, today: string): Period | undefined {
  if (text === undefined || text.trim() === "") return quarterOf(today);
  return parsePeriod(text);
}

/** The day RAG is judged at: the period's last day, or today when the period has not ended. */
export function asOfDay(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}
