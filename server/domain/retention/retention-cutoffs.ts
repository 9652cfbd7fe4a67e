/** How long each kind of data is kept (DESIGN: data retained only as long as needed). */
export type RetentionPolicy = {
  /** Safeguarding items: days after they are closed (actioned or no further action). */
  safeguardingDaysAfterClosed: number;
  /** Contact requests: days after they are actioned. */
  contactDaysAfterActioned: number;
  /** Free-text answers: months after submission (choice answers and aggregates are kept). */
  freeTextMonths: number;
  /** Unsent drafts: milliseconds after they were last touched. */
  draftIdleMs: number;
};

/** The dates (YYYY-MM-DD, UTC) and instant before which each kind of data is deleted. */
export type RetentionCutoffs = {
  safeguardingClosedBefore: string;
  contactActionedBefore: string;
  freeTextSubmittedBefore: string;
  draftTouchedBefore: number;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Cut-offs for a purge run at `now`. Month arithmetic clamps to the month's end (31 Mar − 1 month = 28/29 Feb). */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const minusDays = (days: number) => day(new Date(now.getTime() - days * 86_400_000));
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - policy.freeTextMonths, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return {
    safeguardingClosedBefore: minusDays(policy.safeguardingDaysAfterClosed),
    contactActionedBefore: minusDays(policy.contactDaysAfterActioned),
    freeTextSubmittedBefore: day(target),
    draftTouchedBefore: now.getTime() - policy.draftIdleMs,
  };
}
