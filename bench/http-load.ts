import autocannon from "autocannon";

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
  /** Caps the requests per second over all connections (paced load); unset, each connection sends
   * its next request as soon as the last is answered (closed loop, which finds the most the server does). */
  overallRate?: number;
};

/** Runs autocannon (in this process, never in the server's) for `seconds` against one request shape. */
export async function load(name: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? "GET",
    body: options.body,
    headers: options.body ? { "content-type": "application/json" } : undefined,
    overallRate: options.overallRate,
  });
  return {
    name,
    connections: options.connections,
    perSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
