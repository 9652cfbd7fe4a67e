// One load run in a process of its own, started by http-load.ts for every run, so nothing of one run
// (sockets, timers) outlives it. Closed-loop autocannon runs one after another in the same process
// showed requests stalled for seconds from the second run on, against a plain node:http server too;
// a fresh process per run does not.
import autocannon from "autocannon";
import type { LoadOptions, LoadResult } from "./http-load";
import { pacedLoad } from "./paced-load";

const [name = "", url = "", json = "{}"] = process.argv.slice(2);
const options = JSON.parse(json) as LoadOptions;
if (options.overallRate !== undefined) {
  const paced = await pacedLoad(name, url, { ...options, overallRate: options.overallRate });
  process.send?.(paced, () => process.exit(0));
} else {
  process.send?.(await closedLoop(), () => process.exit(0));
}

async function closedLoop(): Promise<LoadResult> {
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
    connections: options.connections,
    perSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
