import type { PublishedCount } from "../../../domain/suppression";

/** Numbers, months and days in the reader's language (British order for English). */
export function formatsFor(locale: string) {
  const intl = locale === "en" ? "en-GB" : locale;
  const numbers = new Intl.NumberFormat(intl);
  const days = new Intl.DateTimeFormat(intl, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const months = new Intl.DateTimeFormat(intl, { month: "long", year: "numeric", timeZone: "UTC" });
  return {
    number: (n: number) => numbers.format(n),
    /** A published cell as printed: the number, or its marker (`<10`, `[c]`). */
    cell: (cell: PublishedCount) => (cell.kind === "count" ? numbers.format(cell.value) : cell.display),
    day: (iso: string) => days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    month: (yyyyMm: string) => (yyyyMm ? months.format(new Date(`${yyyyMm}-01T00:00:00Z`)) : ""),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
