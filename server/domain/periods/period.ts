/** A span of days, both ends included, as YYYY-MM-DD. */
export type DayRange = { from: string; to: string };

/** A reporting period: whole days, `from` and `to` inclusive, as YYYY-MM-DD. */
export type Period = DayRange & { id: string };

/** A calendar quarter as written in addresses and reports: `2026-Q3` (July to September 2026). */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date as YYYY-MM-DD that really exists (not 2026-02-30). */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The quarter `2026-Q4` as days (calendar quarters: Jan–Mar is Q1). */
export function quarter(year: number, q: number): Period {
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const to = new Date(Date.UTC(year, q * 3, 0));
  return { id: `${year}-Q${q}`, from: iso(from), to: iso(to) };
}

/** The quarter a day falls in. */
export function quarterOf(day: Date | string): Period {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return quarter(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
}

/** The quarter before a quarter, for "change on last quarter". */
export function previousQuarter(period: Period): Period {
  const day = new Date(`${period.from}T00:00:00Z`);
  day.setUTCDate(0);
  return quarterOf(day);
}

/**
 * Reads `2026-Q4` or `2026-10-01..2026-12-31`; undefined when it is neither or the range is
 * backwards, so callers can answer with a field-level error.
 */
export function parsePeriod(text: string): Period | undefined {
  const q = QUARTER_PATTERN.exec(text.trim());
  if (q) return quarter(Number(q[1]), Number(q[2]));
  const [from = "", to = ""] = text.trim().split("..");
  if (!DAY.test(from) || !DAY.test(to) || from > to) return undefined;
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return undefined;
  return { id: `${from}..${to}`, from, to };
}

/** Whether a YYYY-MM-DD day is inside a period. */
export function inPeriod(day: string, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/** The days of a quarter written like `2026-Q3`, or undefined when `text` is not one. */
export function quarterRange(text: string): Period | undefined {
  return QUARTER_PATTERN.test(text) ? parsePeriod(text) : undefined;
}

/** `count` quarter ids ending with the one containing `day`, newest first: what a period picker offers. */
export function recentQuarters(day: string, count: number): string[] {
  const out: string[] = [];
  let period = quarterOf(day);
  for (let i = 0; i < count; i++) {
    out.push(period.id);
    period = previousQuarter(period);
  }
  return out;
}
