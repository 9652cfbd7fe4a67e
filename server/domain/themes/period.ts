/** A span of days, both ends included, as YYYY-MM-DD. */
export type DayRange = { from: string; to: string };

/** A calendar quarter as written in addresses and reports: `2026-Q3` (July to September 2026). */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** A date as YYYY-MM-DD that really exists (not 2026-02-30). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The calendar quarter a day falls in. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The first and last day of a quarter, or undefined when `quarter` is not like `2026-Q3`. */
export function quarterRange(quarter: string): DayRange | undefined {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) return undefined;
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3;
  // Day 0 of the month after the quarter is its last day, whatever the month's length.
  const last = new Date(Date.UTC(year, first + 3, 0)).toISOString().slice(0, 10);
  return { from: `${match[1]}-${String(first + 1).padStart(2, "0")}-01`, to: last };
}

/** `count` quarters ending with the one containing `day`, newest first: what a period picker offers. */
export function recentQuarters(day: string, count: number): string[] {
  let year = Number(day.slice(0, 4));
  let q = Math.ceil(Number(day.slice(5, 7)) / 3);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}
