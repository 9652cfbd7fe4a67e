import type { AimSection, ReportAction, ReportException, VoiceRow } from "./board-report-types";
import { upperBound } from "./compare-counts";

/** A fall of at least this share of last period's voices is a big drop. */
export const BIG_DROP_SHARE = 0.3;

/**
 * What the board should look at first: overdue and at-risk actions, outcomes nothing is being done
 * about, audiences not heard at all, and big drops in voices. Judged on published cells only, so an
 * exception never reveals more than the tables (a drop to `<k` counts only if any value under k
 * would be a big drop).
 */
export function findExceptions(
  voices: readonly VoiceRow[],
  aims: readonly AimSection[],
  actions: readonly ReportAction[],
): ReportException[] {
  const out: ReportException[] = [];
  for (const action of actions) {
    if (action.rag !== "red" && action.rag !== "amber") continue;
    out.push({
      kind: action.rag === "red" ? "action-overdue" : "action-at-risk",
      actionId: action.id,
      title: action.title,
      dueOn: action.dueOn,
      outcomes: action.outcomes,
    });
  }
  for (const outcome of aims.flatMap((aim) => aim.outcomes)) {
    if (outcome.actions.length === 0)
      out.push({ kind: "outcome-without-action", outcomeId: outcome.id, label: outcome.label });
  }
  for (const row of voices) {
    if (row.current.kind === "count" && row.current.value === 0) {
      out.push({ kind: "audience-not-heard", audience: row.audience });
      continue;
    }
    const now = upperBound(row.current);
    if (
      row.previous.kind === "count" &&
      now !== undefined &&
      now <= row.previous.value * (1 - BIG_DROP_SHARE)
    ) {
      out.push({ kind: "voices-dropped", ...row });
    }
  }
  return out;
}
