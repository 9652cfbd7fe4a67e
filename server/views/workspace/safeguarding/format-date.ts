/** A stored day (`YYYY-MM-DD`) in the reader's language, e.g. "2 Mar 2026". */
export function formatDay(locale: string, day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(ms);
}

/**
 * A stored moment (ISO 8601) in the reader's language and UK time, where the partnership works.
 * Pages say "UK time" next to it (Intl cannot name the zone alongside dateStyle/timeStyle).
 */
export function formatMoment(locale: string, iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(ms);
}
