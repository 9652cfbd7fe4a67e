import type { GroupResult } from "./worker-protocol";

/** Commits a group of jobs (each a list of statements) in one transaction; see commit-group.ts. */
export type GroupCommitter<S, R> = (jobs: S[][]) => Promise<GroupResult<R>>;

/** Counters: committed groups, committed jobs, rejected jobs, transactions restarted to isolate a failure. */
export type WriteQueueStats = { commits: number; batches: number; failed: number; rollbacks: number };

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

type Job<S, R> = { statements: S[]; resolve(results: R[]): void; reject(error: unknown): void };
type Exclusive = { work(): Promise<void> };

/**
 * Group commit, the scheduling half: while one group commits, new jobs wait; then every waiting job
 * (up to `maxGroupSize`) goes to the writer as the next group, so one fsync serves them all. A job is
 * answered only when its group's COMMIT has returned. `maxGroupSize: 1` gives one transaction per job.
 */
export function createWriteQueue<S, R>(
  commit: GroupCommitter<S, R>,
  options: { maxGroupSize?: number; afterGroup?: readonly S[] } = {},
): WriteQueue<S, R> {
  const maxGroupSize = Math.max(1, options.maxGroupSize ?? 512);
  // Runs last in every group, inside its transaction, as a job of its own (its savepoint undoes a
  // failure alone): the rollup fold, summing a whole group's responses in one pass. No one awaits it.
  const afterGroup = options.afterGroup?.length ? [[...options.afterGroup]] : [];
  const waiting: (Job<S, R> | Exclusive)[] = [];
  const counts: WriteQueueStats = { commits: 0, batches: 0, failed: 0, rollbacks: 0 };
  let draining: Promise<void> | undefined;
  let closed = false;

  const isJob = (entry: Job<S, R> | Exclusive | undefined): entry is Job<S, R> =>
    entry !== undefined && "statements" in entry;
  // The leading jobs, up to the first exclusive task, which must wait for them.
  const takeJobs = (): Job<S, R>[] => {
    let count = 0;
    while (count < maxGroupSize && isJob(waiting[count])) count++;
    return waiting.splice(0, count) as Job<S, R>[];
  };
  const fail = (job: Job<S, R>, error: unknown) => {
    counts.failed++;
    job.reject(error);
  };

  const runGroup = async (group: Job<S, R>[]) => {
    let result: GroupResult<R>;
    try {
      result = await commit([...group.map((job) => job.statements), ...afterGroup]);
    } catch (error) {
      for (const job of group) fail(job, error);
      return;
    }
    counts.rollbacks += result.rollbacks;
    if (result.committed) counts.commits++;
    group.forEach((job, index) => {
      const outcome = result.outcomes[index];
      if (outcome && "results" in outcome && result.committed) {
        counts.batches++;
        job.resolve(outcome.results);
      } else {
        fail(job, outcome && "error" in outcome ? outcome.error : new Error("write job has no outcome"));
      }
    });
  };

  const drain = async () => {
    // Starting from idle, wait one turn of the event loop first: jobs sent in the same turn (the
    // writes of a Promise.all, requests parsed from one read) then share the first commit too.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (waiting.length > 0) {
        if (isJob(waiting[0])) await runGroup(takeJobs());
        else await (waiting.shift() as Exclusive).work();
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
      return new Promise<R[]>((resolve, reject) => add({ statements: [...statements], resolve, reject }));
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
