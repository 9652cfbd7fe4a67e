import type { GroupResult, JobOutcome } from "./worker-protocol";

/** What a group needs from the writer connection; both calls block until SQLite returns. */
export type SyncExecutor<S, R> = {
  /** Runs a transaction-control statement: BEGIN IMMEDIATE, SAVEPOINT, RELEASE, ROLLBACK, COMMIT. */
  control(sql: string): void;
  /** Runs one statement of a job and returns its result. */
  execute(statement: S): R;
};

type Attempt<R> = { results: R[] } | { error: unknown } | { lost: unknown };

// One job inside its own savepoint, so that its failure is undone alone. When undoing fails, SQLite
// has already rolled back the whole transaction (disk full, I/O error, a stray ROLLBACK): `lost`.
function runJob<S, R>(executor: SyncExecutor<S, R>, statements: readonly S[]): Attempt<R> {
  executor.control("SAVEPOINT job");
  try {
    const results = statements.map((statement) => executor.execute(statement));
    executor.control("RELEASE job");
    return { results };
  } catch (error) {
    try {
      executor.control("ROLLBACK TO job");
      executor.control("RELEASE job");
      return { error };
    } catch {
      return { lost: error };
    }
  }
}

/**
 * Group commit, the part that runs on the writer: the jobs share one BEGIN IMMEDIATE ... COMMIT, so
 * one fsync (synchronous=FULL) serves them all. Each job runs in a savepoint, so a failing job is
 * undone and refused alone while the others commit. A failure that ends the whole transaction took
 * the earlier jobs' work with it: the group starts again without the job that caused it. Nothing is
 * reported until COMMIT has returned, so no caller can be told "stored" about work that is not.
 */
export function commitGroup<S, R>(
  executor: SyncExecutor<S, R>,
  jobs: readonly (readonly S[])[],
): GroupResult<R> {
  const outcomes: (JobOutcome<R> | undefined)[] = jobs.map(() => undefined);
  const finish = (committed: boolean, rollbacks: number): GroupResult<R> => ({
    outcomes: outcomes.map((outcome) => outcome ?? { error: new Error("write job has no outcome") }),
    committed,
    rollbacks,
  });
  let rollbacks = 0;
  for (;;) {
    const pending = jobs.flatMap((_, index) => (outcomes[index] === undefined ? [index] : []));
    if (pending.length === 0) return finish(false, rollbacks);
    try {
      executor.control("BEGIN IMMEDIATE");
    } catch (error) {
      for (const index of pending) outcomes[index] = { error };
      return finish(false, rollbacks);
    }
    const done = new Map<number, R[]>();
    let lost = false;
    for (const index of pending) {
      const attempt = runJob(executor, jobs[index] ?? []);
      if ("results" in attempt) done.set(index, attempt.results);
      else if ("error" in attempt) outcomes[index] = attempt;
      else {
        outcomes[index] = { error: attempt.lost };
        lost = true;
        break;
      }
    }
    if (lost) {
      try {
        executor.control("ROLLBACK");
      } catch {
        // Usually already rolled back by SQLite; either way no transaction is open now.
      }
      rollbacks++;
      continue;
    }
    try {
      executor.control("COMMIT");
    } catch (error) {
      try {
        executor.control("ROLLBACK");
      } catch {
        // As above.
      }
      for (const index of done.keys()) outcomes[index] = { error };
      return finish(false, rollbacks);
    }
    for (const [index, results] of done) outcomes[index] = { results };
    return finish(true, rollbacks);
  }
}
