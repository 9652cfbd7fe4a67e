import { type Rag, ragStatus } from "../actions/rag-status";
import type { Period } from "../periods/period";
import type { ReportAction } from "./board-report-types";

/** An action as stored, with the day of its latest progress note (or its creation). */
export type ActionRecord = {
  id: string;
  title: string;
  agency: string;
  owningTeam: string;
  status: "planned" | "in-progress" | "done";
  dueOn: string | null;
  doneOn: string | null;
  addedOn: string;
  lastUpdateOn: string;
  outcomes: string[];
};

/**
 * The actions a period's report covers: those that existed by its end and were still open at its
 * start (not done before it), each with its RAG judged on `asOf`.
 */
export function actionsForPeriod(
  actions: readonly ActionRecord[],
  period: Period,
  asOf: string,
): ReportAction[] {
  return actions
    .filter(
      (a) => a.addedOn <= period.to && !(a.status === "done" && a.doneOn !== null && a.doneOn < period.from),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      agency: a.agency,
      owningTeam: a.owningTeam,
      status: a.status,
      dueOn: a.dueOn,
      rag: ragStatus({ status: a.status, dueOn: a.dueOn, lastUpdateOn: a.lastUpdateOn }, asOf),
      outcomes: [...a.outcomes],
    }))
    .sort(byUrgency);
}

const ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, done: 3 };

/** Red first, then amber, green, done; soonest due first within each; then by title. */
export function byUrgency(a: ReportAction, b: ReportAction): number {
  return (
    ORDER[a.rag] - ORDER[b.rag] ||
    (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
    a.title.localeCompare(b.title)
  );
}

/** How many actions are in each RAG status. */
export function ragTally(actions: readonly ReportAction[]): Record<Rag, number> {
  const tally: Record<Rag, number> = { red: 0, amber: 0, green: 0, done: 0 };
  for (const action of actions) tally[action.rag]++;
  return tally;
}
