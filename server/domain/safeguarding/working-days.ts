/**
 * When a safeguarding item or contact request is overdue: still open after one working day.
 *
 * Working days are Monday to Friday. Bank holidays are deliberately out of scope (they differ between
 * the UK's nations and change year to year); the queue page says so, so nobody relies on it for them.
 * Dates are calendar days as the app stores them (`YYYY-MM-DD`, the UTC date of the event).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether `date` (YYYY-MM-DD) is Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  const day = new Date(parse(date)).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The first working day strictly after `date`: Friday's is Monday, so is Saturday's and Sunday's. */
export function nextWorkingDay(date: string): string {
  let ms = parse(date) + DAY_MS;
  while (!isWorkingDay(format(ms))) ms += DAY_MS;
  return format(ms);
}

/** The last day (to its end) on which something raised on `raisedOn` is still on time. */
export function dueOn(raisedOn: string): string {
  return nextWorkingDay(raisedOn);
}

/** Overdue: still open, and `today` is past the end of the due day. */
export function isOverdue(raisedOn: string, open: boolean, today: string): boolean {
  return open && today > dueOn(raisedOn);
}
