import { type Period, previousQuarter, quarterOf } from "../periods/period";

/** The demo's year: from the first of the month eleven months back to `end`, and its last full quarter. */
export type DemoWindow = {
  from: string;
  to: string;
  /** The last full quarter before `end`: it gets the publication and the deliberately small groups. */
  target: Period;
};

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The window ending on `end` (YYYY-MM-DD), e.g. 2026-11-24 gives 2025-12-01..2026-11-24 and 2026-Q3. */
export function demoWindow(end: string): DemoWindow {
  const last = new Date(`${end}T00:00:00Z`);
  const first = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 11, 1));
  return { from: iso(first), to: end, target: previousQuarter(quarterOf(end)) };
}

/** Every day of the window, oldest first. */
export function daysOf(window: Pick<DemoWindow, "from" | "to">): string[] {
  const days: string[] = [];
  for (let d = new Date(`${window.from}T00:00:00Z`); iso(d) <= window.to; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(iso(d));
  }
  return days;
}

/** The day `n` days after (or before, if negative) `day`. */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return iso(date);
}
