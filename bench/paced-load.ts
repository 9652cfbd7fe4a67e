import http from "node:http";
import type { LoadOptions, LoadResult } from "./http-load";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/**
 * Open-loop load: `rate` requests a second spread evenly over time, on up to `connections` keep-alive
 * connections, whatever the server's answers. Each latency counts from when the request was due, not
 * from when a free connection sent it, so a server that falls behind shows it (no coordinated
 * omission). autocannon's own rate limit sends each second's quota in a burst, which measures bursts.
 */
export async function pacedLoad(name: string, url: string, options: LoadOptions & { overallRate: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(url);
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const request = http.request(
        target,
        {
          agent,
          method: options.method ?? "GET",
          headers: options.body ? { "content-type": "application/json" } : {},
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - due);
            if (response.statusCode && response.statusCode < 300) ok++;
            else non2xx++;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(options.body);
    });
  const total = Math.round(options.overallRate * options.seconds);
  const interval = 1000 / options.overallRate;
  const started = performance.now();
  const sent: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(due));
  }
  await Promise.all(sent);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const result: LoadResult = {
    name,
    connections: options.connections,
    perSec: ok / seconds,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    ok,
    errors,
    non2xx,
  };
  return result;
}
