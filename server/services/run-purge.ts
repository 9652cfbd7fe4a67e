import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { DRAFT_IDLE_MS } from "../db/queries/drafts";
import { type PurgeCounts, purgeExpired } from "../db/queries/purge";
import { deleteDeadSessions } from "../db/queries/staff-sessions";
import { retentionCutoffs } from "../domain/retention/retention-cutoffs";

/** Runs the retention policy once (CLI, Node's daily timer, the Workers cron) and returns counts only. */
export async function runPurge(
  db: Db,
  config: Pick<AppConfig, "HEARD_RETENTION_TEXT_MONTHS">,
  now = new Date(),
): Promise<PurgeCounts> {
  // Officers' sessions past their idle or absolute limit are useless; clear them with the rest.
  await deleteDeadSessions(db, now.getTime());
  const cutoffs = retentionCutoffs(
    {
      safeguardingDaysAfterClosed: 90,
      contactDaysAfterActioned: 30,
      freeTextMonths: config.HEARD_RETENTION_TEXT_MONTHS,
      draftIdleMs: DRAFT_IDLE_MS,
    },
    now,
  );
  return purgeExpired(db, cutoffs);
}

/** One log line a person can read: counts, never content. */
export function describePurge(counts: PurgeCounts): string {
  return `purged ${counts.safeguardingItems} safeguarding items, ${counts.contactRequests} contact requests, ${counts.freeTextAnswers} free-text answers, ${counts.quotes} quotes, ${counts.drafts} expired drafts`;
}
