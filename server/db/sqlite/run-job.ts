import type { WriteExecutor } from "./write-queue";

/** How one job went: its results, a failure undone alone, or one that needs the transaction rolled back. */
export type JobOutcome<R> = { results: R[] } | { error: unknown } | { abort: unknown };

/**
 * Runs one job's statements in order inside the group's open transaction. `careful` wraps them in a
 * savepoint so that a failure is undone by ROLLBACK TO alone; otherwise any failure aborts the group.
 */
export async function runJob<S, R>(
  executor: WriteExecutor<S, R>,
  statements: readonly S[],
  careful: boolean,
): Promise<JobOutcome<R>> {
  try {
    if (careful) await executor.control("SAVEPOINT job");
    const results: R[] = [];
    for (const statement of statements) results.push(await executor.execute(statement));
    if (careful) await executor.control("RELEASE job");
    return { results };
  } catch (error) {
    if (!careful) return { abort: error };
    try {
      await executor.control("ROLLBACK TO job");
      await executor.control("RELEASE job");
      return { error };
    } catch {
      // SQLite already rolled the whole transaction back (disk full, I/O error, a stray ROLLBACK).
      return { abort: error };
    }
  }
}
