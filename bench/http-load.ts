import { fork } from "node:child_process";

/** What one load run measured. */
export type LoadResult = {
  name: string;
  connections: number;
  /** Requests answered per second (mean of the per-second samples). */
  perSec: number;
  p50: number;
  p99: number;
  /** Answers with a 2xx status: for submissions, each one a receipt the server promised is stored. */
  ok: number;
  errors: number;
  non2xx: number;
};

export type LoadOptions = {
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  body?: string;
  /**
   * Requests per second over all connections, evenly spaced whatever the answers (open loop, see
   * paced-load.ts). Unset, autocannon sends each connection's next request as soon as the last is
   * answered (closed loop, which finds the most the server does).
   */
  overallRate?: number;
};

// Bundled (dist/bench/index.js) the child is the sibling file scripts/build.mjs writes; from source, tsx.
const child = import.meta.url.endsWith(".ts")
  ? { file: new URL("./load-child.ts", import.meta.url), execArgv: ["--import", "tsx/esm"] }
  : { file: new URL("./load-child.js", import.meta.url), execArgv: [] };

/**
 * Runs autocannon for `seconds` against one request shape, in a new process each time (never the
 * server's, and never one shared with an earlier run: see load-child.ts).
 */
export function load(name: string, url: string, options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const run = fork(child.file, [name, url, JSON.stringify(options)], { execArgv: child.execArgv });
    let result: LoadResult | undefined;
    run.once("message", (message) => {
      result = message as LoadResult;
    });
    run.once("error", reject);
    run.once("exit", (code) =>
      result ? resolve(result) : reject(new Error(`the load run "${name}" ended with code ${code}`)),
    );
  });
}
