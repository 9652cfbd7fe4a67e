/** Where an action stands for the board: red, amber, green, or done. */
export type Rag = "red" | "amber" | "green" | "done";

export type ActionProgress = {
  status: "planned" | "in-progress" | "done";
  /** YYYY-MM-DD; an action without a due date cannot be late, but it is at risk once started and stale. */
  dueOn: string | null;
  /** YYYY-MM-DD of the last progress note (or of the action's creation). */
  lastUpdateOn: string;
};

/** Due within this many days and not started yet: at risk. */
export const AT_RISK_WINDOW_DAYS = 14;
/** No progress note for this long: at risk, whatever the dates say. */
export const STALE_AFTER_DAYS = 60;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The board's exception rule: red when past its due date and not done; amber when due soon and not
 * started, or when nobody has reported progress for two months; otherwise green.
 */
export function ragStatus(action: ActionProgress, today: string): Rag {
  if (action.status === "done") return "done";
  if (action.dueOn && action.dueOn < today) return "red";
  if (
    action.dueOn &&
    action.status === "planned" &&
    daysBetween(today, action.dueOn) <= AT_RISK_WINDOW_DAYS
  ) {
    return "amber";
  }
  if (daysBetween(action.lastUpdateOn, today) > STALE_AFTER_DAYS) return "amber";
  return "green";
}
