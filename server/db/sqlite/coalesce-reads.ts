import type { Query, QueryResult } from "./connection";

// node-sqlite3 runs one prepared statement at a time, and each run is a round trip to the libuv pool
// and back through the event loop. Every submission asks whether its survey is open with the same
// statement, so under load they queued one behind another: at 200 connections that one read waited
// ~130 ms of a 150 ms request while the main thread sat ~20 % idle.
//
// Identical reads are shared only while they wait, never once their statement has started: whoever
// joins a run arrived before it began, so the rows it gets are as fresh as a run of its own would be.

type Waiting = { query: Query; resolve(result: QueryResult): void; reject(error: unknown): void }[];

// The reads waiting for one SQL text's run under way to finish, by method and parameters. A lane
// exists only while a run is under way.
type Lane = Map<string, Waiting>;

// Parameters that JSON tells apart exactly; anything else (a blob, a bigint) runs on its own.
const plain = (value: unknown) =>
  value === null || typeof value === "string" || typeof value === "boolean" || Number.isFinite(value);

/** Counters: runs started, and reads answered by a run another read started. */
export type CoalescedReadStats = { runs: number; shared: number };

/** `run` for plain reads, one run per SQL text at a time, shared by identical reads that waited for it. */
export function coalesceReads(run: (query: Query) => Promise<QueryResult>) {
  const lanes = new Map<string, Lane>();
  const stats: CoalescedReadStats = { runs: 0, shared: 0 };

  const start = (sql: string, lane: Lane, sharers: Waiting) => {
    stats.runs++;
    stats.shared += sharers.length - 1;
    run((sharers[0] as Waiting[number]).query).then(
      (result) => {
        // Each caller gets its own outer array, so no caller can change another's rows.
        for (const w of sharers)
          w.resolve({ rows: Array.isArray(result.rows) ? [...result.rows] : result.rows });
        next(sql, lane);
      },
      (error) => {
        for (const w of sharers) w.reject(error);
        next(sql, lane);
      },
    );
  };

  const next = (sql: string, lane: Lane) => {
    const oldest = lane.entries().next();
    if (oldest.done) {
      lanes.delete(sql);
      return;
    }
    const [key, sharers] = oldest.value;
    lane.delete(key);
    start(sql, lane, sharers);
  };

  const read = (query: Query): Promise<QueryResult> => {
    if (!query.params.every(plain)) {
      stats.runs++;
      return run(query);
    }
    return new Promise((resolve, reject) => {
      const reader = { query, resolve, reject };
      const lane = lanes.get(query.sql);
      if (!lane) {
        const fresh: Lane = new Map();
        lanes.set(query.sql, fresh);
        start(query.sql, fresh, [reader]);
        return;
      }
      const key = `${query.method} ${JSON.stringify(query.params)}`;
      const waiting = lane.get(key);
      if (waiting) waiting.push(reader);
      else lane.set(key, [reader]);
    });
  };

  return { read, stats: (): CoalescedReadStats => ({ ...stats }) };
}
