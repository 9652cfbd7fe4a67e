import type { Db } from "../../../db/db";
import {
  openContactCount,
  openSafeguardingCount,
  responseCounts,
  themeCounts,
} from "../../../db/queries/overview";
import { listThemes } from "../../../db/queries/themes";
import type { Role } from "../../../domain/auth/roles";
import { quarterOf, quarterRange } from "../../../domain/periods/period";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { publishOverview } from "../../../domain/themes/overview-counts";
import { bundledSurveys } from "../../../surveys/bundled-surveys";

/** Who sees exact counts: the officers who already read the answers. The board sees suppressed ones. */
export const seesExactCounts = (role: Role) => role !== "viewer";

/** The overview for `period` (a quarter; today's when not given), published for `role`. */
export async function loadOverview(
  db: Db,
  options: { role: Role; k: number; period?: string; today: string },
) {
  const period = options.period ?? quarterOf(options.today).id;
  const range = quarterRange(period);
  if (!range) throw new Error(`Not a quarter: ${period}`);
  const [responses, themes, openSafeguarding, openContact, codebook] = await Promise.all([
    responseCounts(db, range),
    themeCounts(db, range),
    openSafeguardingCount(db),
    openContactCount(db),
    listThemes(db),
  ]);
  const published = publishOverview(
    {
      surveys: bundledSurveys.map((s) => s.id),
      audiences: frameworkIds.audiences,
      responses,
      themes,
      openSafeguarding,
      openContact,
    },
    { exact: seesExactCounts(options.role), k: options.k },
  );
  const labels = new Map(codebook.map((t) => [t.id, t.label]));
  return {
    period,
    from: range.from,
    to: range.to,
    ...published,
    topThemes: published.topThemes.map((row) => ({ ...row, label: labels.get(row.key) ?? row.key })),
  };
}

export type Overview = Awaited<ReturnType<typeof loadOverview>>;
