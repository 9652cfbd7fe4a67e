import autocannon from "autocannon";

/** What one load run measured. */
export type LoadResult = {
  name: string;
  perSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/** Runs autocannon for `seconds` at `connections` against one request shape. */
export async function load(
  name: string,
  url: string,
  options: { connections: number; seconds: number; method?: "GET" | "POST"; body?: string },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? "GET",
    body: options.body,
    headers: options.body ? { "content-type": "application/json" } : undefined,
  });
  return {
    name,
    perSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
