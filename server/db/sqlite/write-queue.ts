import { type JobOutcome, runJob } from "./run-job";

/** What the queue needs from the one writer connection. */
export type WriteExecutor<S, R> = {
  /**
   * Runs transaction-control SQL without parameters: BEGIN IMMEDIATE, SAVEPOINT, RELEASE, ROLLBACK,
   * COMMIT, or (to end a group) several statements separated by semicolons, in one call.
   */
  control(sql: string): Promise<void>;
  /** Runs one statement of a job and returns its result. */
  execute(statement: S): Promise<R>;
};

/**
 * Counters: committed groups, committed jobs, rejected jobs, groups rolled back to isolate a failure,
 * and committed groups whose jobs ran as merged statements.
 */
export type WriteQueueStats = {
  commits: number;
  batches: number;
  failed: number;
  rollbacks: number;
  merged: number;
};

/**
 * Turns a group's jobs (each job's statements) into fewer statements with the same effect, and the
 * results each job is answered with; or undefined when it cannot.
 */
export type Coalesce<S, R> = (jobs: readonly (readonly S[])[]) => Coalesced<S, R> | undefined;

/** A group's jobs as merged statements, and the results each job is answered with. */
export type Coalesced<S, R> = { statements: readonly S[]; results: readonly (readonly R[])[] };

/** Serializes writes on one connection and commits the jobs waiting together as one group. */
export type WriteQueue<S, R> = {
  /** Runs `statements` atomically; resolves with their results only once their group has committed. */
  enqueue(statements: readonly S[]): Promise<R[]>;
  /** Runs `work` alone on the writer, with no transaction open, after the jobs queued before it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** A snapshot of the counters. */
  stats(): WriteQueueStats;
  /** Rejects new work and resolves when the work already queued is answered. */
  close(): Promise<void>;
};

type Job<S, R> = { statements: readonly S[]; resolve(results: R[]): void; reject(error: unknown): void };
type Exclusive = { work(): Promise<void> };

/**
 * Group commit: while one group commits, new jobs wait; then all waiting jobs (up to `maxGroupSize`)
 * share one BEGIN IMMEDIATE ... COMMIT, so one fsync serves them all, and each is answered only after
 * COMMIT. `maxGroupSize: 1` gives one transaction per job.
 *
 * With `coalesce`, a group's jobs run as a few merged statements (./coalesce-writes.ts): a handful of
 * round trips whatever the group's size, where one by one a group of 50 submissions takes ~100.
 * A group first runs without savepoints: they would cost two of a submission's four round trips to the
 * thread pool (~30 % of throughput), and jobs rarely fail. When one fails, the group is rolled back and
 * that job rejected; the others run again, each inside a savepoint, so a further failure is undone
 * alone. No one has been answered yet, so running them again is invisible to callers.
 */
export function createWriteQueue<S, R>(
  executor: WriteExecutor<S, R>,
  options: { maxGroupSize?: number; afterGroup?: readonly string[]; coalesce?: Coalesce<S, R> } = {},
): WriteQueue<S, R> {
  const maxGroupSize = Math.max(1, options.maxGroupSize ?? 512);
  const afterGroup = options.afterGroup ?? [];
  const waiting: (Job<S, R> | Exclusive)[] = [];
  // Survivors of a rolled-back group: they run next, on their own, each in a savepoint.
  let retry: Job<S, R>[] = [];
  const counts: WriteQueueStats = { commits: 0, batches: 0, failed: 0, rollbacks: 0, merged: 0 };
  let draining: Promise<void> | undefined;
  let closed = false;

  const isJob = (entry: Job<S, R> | Exclusive | undefined): entry is Job<S, R> =>
    entry !== undefined && "statements" in entry;
  // The leading jobs, up to the first exclusive task, which must wait for them.
  const takeJobs = (): Job<S, R>[] => {
    if (retry.length > 0) return retry.splice(0);
    let count = 0;
    while (count < maxGroupSize && isJob(waiting[count])) count++;
    return waiting.splice(0, count) as Job<S, R>[];
  };

  const fail = (jobs: Job<S, R>[], error: unknown) => {
    counts.failed += jobs.length;
    for (const job of jobs) job.reject(error);
  };

  // Undoes the open group; `again` runs next, each job in a savepoint.
  const rollBack = async (again: Job<S, R>[]) => {
    await executor.control("ROLLBACK").catch(() => undefined);
    counts.rollbacks++;
    retry = again;
  };

  const runGroup = async (): Promise<void> => {
    const careful = retry.length > 0;
    try {
      await executor.control("BEGIN IMMEDIATE");
    } catch (error) {
      return fail(takeJobs(), error);
    }
    // Taken after BEGIN, so jobs that arrived during its round trip join this group for free.
    const group = takeJobs();
    const outcomes: JobOutcome<R>[] = [];
    const merged =
      careful || group.length < 2 ? undefined : options.coalesce?.(group.map((j) => j.statements));
    if (merged) {
      // Which job broke a merged statement is unknown, so all of them run again one by one.
      const outcome = await runJob(executor, merged.statements, false);
      if ("abort" in outcome) return rollBack(group);
      outcomes.push(...merged.results.map((results) => ({ results: [...results] })));
    }
    for (const job of merged ? [] : group) {
      const outcome = await runJob(executor, job.statements, careful);
      if ("abort" in outcome) {
        await rollBack(group.filter((other) => other !== job));
        return fail([job], outcome.abort);
      }
      outcomes.push(outcome);
    }
    const failure = await commit();
    if (failure) {
      await executor.control("ROLLBACK").catch(() => undefined);
      return fail(group, failure.error);
    }
    // Only now is the work durable (synchronous=FULL), so only now is anyone answered.
    counts.commits++;
    if (merged) counts.merged++;
    group.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome && "results" in outcome) {
        counts.batches++;
        job.resolve(outcome.results);
      } else {
        fail([job], outcome && "error" in outcome ? outcome.error : new Error("write job has no outcome"));
      }
    });
  };

  // Work that sums up the whole group (the report rollups' fold) runs once, last, inside the same
  // transaction; in a savepoint, so if it fails only it is undone and the group still commits. The fold
  // and COMMIT go in one call: each call is a round trip through the event loop, which under load
  // waits behind the requests being handled, and the group's jobs are not answered until it is done.
  const commit = async (): Promise<{ error: unknown } | undefined> => {
    try {
      await executor.control(afterGroup.length === 0 ? "COMMIT" : foldThenCommit);
      return undefined;
    } catch (error) {
      if (afterGroup.length === 0) return { error };
      // Either the fold failed and its savepoint is still open, or COMMIT failed after RELEASE.
      try {
        await executor.control("ROLLBACK TO after_group");
        await executor.control("RELEASE after_group");
      } catch {
        return { error };
      }
    }
    return executor.control("COMMIT").then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
  };
  const foldThenCommit = ["SAVEPOINT after_group", ...afterGroup, "RELEASE after_group", "COMMIT"].join(
    ";\n",
  );

  const drain = async () => {
    try {
      while (retry.length > 0 || waiting.length > 0) {
        const head = waiting[0];
        if (retry.length > 0 || isJob(head)) await runGroup();
        else if (head) await (waiting.shift() as Exclusive).work();
      }
    } finally {
      draining = undefined;
    }
  };

  const add = (entry: Job<S, R> | Exclusive) => {
    waiting.push(entry);
    draining ??= drain();
  };
  const closedError = () => new Error("The write queue is closed: no more writes are accepted.");

  return {
    enqueue(statements) {
      if (closed) return Promise.reject(closedError());
      return new Promise<R[]>((resolve, reject) => add({ statements, resolve, reject }));
    },
    exclusive(work) {
      if (closed) return Promise.reject(closedError());
      return new Promise((resolve, reject) =>
        add({ work: () => Promise.resolve().then(work).then(resolve, reject) }),
      );
    },
    stats: () => ({ ...counts }),
    async close() {
      closed = true;
      await draining;
    },
  };
}
