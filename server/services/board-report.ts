import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import {
  codedAnswersByTheme,
  reportActions,
  reportThemes,
  voicesByAudience,
} from "../db/queries/report-data";
import type { Period } from "../domain/periods/period";
import { buildBoardReport } from "../domain/reports/board-report";
import type { BoardReport } from "../domain/reports/board-report-types";
import { comparisonPeriod } from "../domain/reports/report-period";
import { bundledFramework } from "../domain/surveys/bundled-framework";

/** Today (UTC) as YYYY-MM-DD. */
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The board report for a period, from the rollups and the small tables only (so it answers in
 * milliseconds over millions of responses), suppressed at the configured k.
 */
export async function loadBoardReport(
  db: Db,
  config: Pick<AppConfig, "HEARD_SUPPRESSION_K">,
  period: Period,
  today: string = todayIso(),
): Promise<BoardReport> {
  const previous = comparisonPeriod(period);
  const [voicesNow, voicesBefore, themesNow, themesBefore, themes, actions] = await Promise.all([
    voicesByAudience(db, period),
    voicesByAudience(db, previous),
    codedAnswersByTheme(db, period),
    codedAnswersByTheme(db, previous),
    reportThemes(db),
    reportActions(db, period),
  ]);
  return buildBoardReport({
    period,
    previous,
    k: config.HEARD_SUPPRESSION_K,
    today,
    framework: bundledFramework,
    voices: { current: voicesNow, previous: voicesBefore },
    themes,
    themeCounts: { current: themesNow, previous: themesBefore },
    actions,
  });
}
