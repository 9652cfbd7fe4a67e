import type { PublishedCount } from "../suppression";
import type { BoardReport, Change, ReportException } from "./board-report-types";

/** A translate function (i18next's `t`, or any stand-in with the same call shape). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

// The partnership is in the UK: English dates read "31 December 2026", not "December 31, 2026".
const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** A published count as text: the number in the reader's locale, or its marker (`<10`, `[c]`). */
export function cellText(cell: PublishedCount, locale: string): string {
  return cell.kind === "count" ? new Intl.NumberFormat(intlLocale(locale)).format(cell.value) : cell.display;
}

/** A change as text, signed ("+15 (+60%)"); undefined when it is withheld. */
export function changeText(change: Change, locale: string): string | undefined {
  if (change.kind === "withheld") return undefined;
  const signed = new Intl.NumberFormat(intlLocale(locale), { signDisplay: "exceptZero" });
  const value = signed.format(change.value);
  if (change.percent === null || change.value === 0) return value;
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", signDisplay: "exceptZero" });
  return `${value} (${percent.format(change.percent / 100)})`;
}

/** A YYYY-MM-DD day as the reader writes dates ("31 December 2026"). */
export function dayText(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** One exception as a sentence for the board. */
export function exceptionText(exception: ReportException, t: Translate, locale: string): string {
  const s = (key: string, options: Record<string, unknown>) => t(`ws.report.exceptions.${key}`, options);
  switch (exception.kind) {
    case "action-overdue":
      return s("actionOverdue", { title: exception.title, dueOn: dayText(exception.dueOn ?? "", locale) });
    case "action-at-risk":
      return exception.dueOn
        ? s("actionAtRiskDue", { title: exception.title, dueOn: dayText(exception.dueOn, locale) })
        : s("actionAtRisk", { title: exception.title });
    case "outcome-without-action":
      return s("outcomeWithoutAction", { label: exception.label });
    case "audience-not-heard":
      return s("audienceNotHeard", { audience: t(`audience.${exception.audience}`) });
    case "voices-dropped":
      return s("voicesDropped", {
        audience: t(`audience.${exception.audience}`),
        previous: cellText(exception.previous, locale),
        current: cellText(exception.current, locale),
      });
  }
}

/** The sentences that head every rendering: period, comparison, RAG date and the suppression rule. */
export function reportPreamble(report: BoardReport, t: Translate, locale: string): string[] {
  const day = (d: string) => dayText(d, locale);
  return [
    t("ws.report.periodLine", {
      from: day(report.period.from),
      to: day(report.period.to),
      previousFrom: day(report.previous.from),
      previousTo: day(report.previous.to),
    }),
    t("ws.report.asOfLine", { asOf: day(report.asOf) }),
    t("ws.report.suppression", { k: report.k, max: report.k - 1 }),
    t("ws.report.withheldNote"),
  ];
}
