import { Worker } from "node:worker_threads";
import {
  fromWire,
  type GroupResult,
  groupFromWire,
  type Query,
  type QueryResult,
  type Reply,
  type Request,
  type WorkerSettings,
} from "./worker-protocol";

export type { Query, QueryMethod, QueryResult } from "./worker-protocol";

/** One SQLite connection owned by a database worker thread; every call is one message each way. */
export type Connection = {
  /** Runs one statement (through the worker's statement cache) and returns its rows in the proxy's shape. */
  query(query: Query): Promise<QueryResult>;
  /** Runs SQL text that may hold several statements and takes no parameters (pragmas). */
  exec(sql: string): Promise<void>;
  /** Runs the jobs as one group commit (commit-group.ts); answers once COMMIT has returned. */
  commitGroup(jobs: Query[][]): Promise<GroupResult<QueryResult>>;
  /** Applies migration statements in one transaction (apply-migration.ts). */
  migrate(statements: readonly string[]): Promise<void>;
  /** Answers the requests already sent, closes the connection and ends the thread. */
  close(): Promise<void>;
};

// Bundled (dist/<entry>/*.js), the worker is the sibling file scripts/build.mjs writes next to each
// entry; from source (vitest, tsx) it is the TypeScript module, loaded through tsx's loader.
function startWorker(settings: WorkerSettings): Worker {
  if (import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./sqlite-worker.ts", import.meta.url), {
      workerData: settings,
      execArgv: [...process.execArgv, "--import", "tsx/esm"],
    });
  }
  return new Worker(new URL("./sqlite-worker.js", import.meta.url), { workerData: settings });
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
type Ask = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

/** Opens `file` (read-write and created if missing, or read-only) in a new worker thread. */
export async function openConnection(
  file: string,
  options: { readOnly: boolean; cacheSize: number; busyTimeoutMs?: number },
): Promise<Connection> {
  const worker = startWorker({ busyTimeoutMs: 5000, ...options, file });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: Error | undefined;
  let closing = false;
  const failAll = (error: Error) => {
    broken ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // An idle worker must not keep the process alive (a CLI command that forgot to close, say);
    // a closing one must, until it has ended.
    if (pending.size === 0 && !closing) worker.unref();
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(fromWire(reply.error));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) =>
    failAll(new Error(`The database worker for ${file} ended (exit code ${code}).`)),
  );

  const expect = <T>(id: number) =>
    new Promise<T>((resolve, reject) => {
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  const send = <T>(ask: Ask): Promise<T> => {
    if (broken) return Promise.reject(broken);
    const id = nextId++;
    const answered = expect<T>(id);
    worker.postMessage({ ...ask, id });
    return answered;
  };
  try {
    // The worker answers request 0, unasked, once it has opened the file (or failed to).
    await expect<void>(0);
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    query: (query) => send({ op: "query", query }),
    exec: (sql) => send({ op: "exec", sql }),
    commitGroup: async (jobs) => groupFromWire(await send({ op: "group", jobs })),
    migrate: (statements) => send({ op: "migrate", statements: [...statements] }),
    async close() {
      closing = true;
      await send({ op: "close" });
      await exited;
    },
  };
}
