// The messages between the server's thread and a database worker (sqlite-worker.ts). Each request
// carries an id; the worker answers every request exactly once, in order, with the same id.

/** How drizzle's sqlite-proxy asks for a statement's result. */
export type QueryMethod = "run" | "all" | "values" | "get";

/** One statement as the proxy hands it over. */
export type Query = { sql: string; params: unknown[]; method: QueryMethod };

/**
 * A result in the proxy's shape: rows as arrays of values in column order; for `get` the one row itself,
 * or undefined when there is none (typed as the proxy types it).
 */
export type QueryResult = { rows: unknown[] };

/** How one job of a group went: its statements' results, or why it was refused (undone alone). */
export type JobOutcome<R> = { results: R[] } | { error: unknown };

/** What committing a group did: one outcome per job, in order. */
export type GroupResult<R> = {
  outcomes: JobOutcome<R>[];
  /** True when COMMIT returned: only then are the jobs with results durable. */
  committed: boolean;
  /** Times the transaction was lost to a failure and the group started again without it. */
  rollbacks: number;
};

/** Settings a worker opens its connection with. */
export type WorkerSettings = { file: string; readOnly: boolean; cacheSize: number; busyTimeoutMs: number };

export type Request =
  | { id: number; op: "query"; query: Query }
  | { id: number; op: "exec"; sql: string }
  | { id: number; op: "group"; jobs: Query[][] }
  | { id: number; op: "migrate"; statements: string[] }
  | { id: number; op: "close" };

export type Reply =
  | { id: number; ok: true; value?: QueryResult | GroupResult<QueryResult> }
  | { id: number; ok: false; error: WireError };

/** An error as it crosses threads: structured clone would drop SQLite's `code` and `errcode`. */
export type WireError = {
  message: string;
  name?: string;
  code?: unknown;
  errcode?: unknown;
  errstr?: unknown;
};

/** Flattens an error for postMessage. */
export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, errcode, errstr } = error as Error & Record<string, unknown>;
  return { message: error.message, name: error.name, code, errcode, errstr };
}

/** Rebuilds an Error on this side, with SQLite's codes when there were any. */
export function fromWire(wire: WireError): Error {
  const error = new Error(wire.message);
  if (wire.name && wire.name !== "Error") error.name = wire.name;
  for (const key of ["code", "errcode", "errstr"] as const) {
    if (wire[key] !== undefined) Object.assign(error, { [key]: wire[key] });
  }
  return error;
}

/** Every job outcome's error flattened for postMessage. */
export function groupToWire<R>(result: GroupResult<R>): GroupResult<R> {
  const outcomes = result.outcomes.map((outcome) =>
    "error" in outcome ? { error: toWire(outcome.error) } : outcome,
  );
  return { ...result, outcomes };
}

/** Every job outcome's error rebuilt as an Error. */
export function groupFromWire<R>(result: GroupResult<R>): GroupResult<R> {
  const outcomes = result.outcomes.map((outcome) =>
    "error" in outcome ? { error: fromWire(outcome.error as WireError) } : outcome,
  );
  return { ...result, outcomes };
}
