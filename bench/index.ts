// `npm run bench`: every figure measured in one run on this machine, in rounds that alternate the
// request shapes, so the ratios hold when the machine is noisy (it is shared, and has two cores).
// The server runs in its own process; autocannon loads it from this one.
//   BENCH_SECONDS (4) per load, BENCH_ROUNDS (3), BENCH_PORT (8791),
//   BENCH_CPU_PROF=<dir> runs the server under --cpu-prof and leaves its profiles in <dir>.

import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { benchAdapterWrites } from "./adapter-writes";
import { type LoadOptions, type LoadResult, load } from "./http-load";
import { weighQuestionPage } from "./page-weight";
import { reportLatency } from "./report-latency";
import { lifetimePeakMb, sampleRss } from "./rss";
import { BENCH_SURVEY, tenAnswerResponse } from "./sample-response";
import { startBenchServer } from "./serve-for-bench";
import { median, printTable } from "./table";
import { judge } from "./targets";

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const profileDir = process.env.BENCH_CPU_PROF;

const server = await startBenchServer(
  Number(process.env.BENCH_PORT ?? 8791),
  profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
);
const submit = `${server.url}/api/surveys/${BENCH_SURVEY}/responses`;
const post = { method: "POST" as const, body: tenAnswerResponse };
const shapes: { name: string; url: string; options: Omit<LoadOptions, "seconds">; durable?: boolean }[] = [
  { name: "GET /healthz", url: `${server.url}/healthz`, options: { connections: 50 } },
  {
    name: "validate-only POST .../responses/check",
    url: `${submit}/check`,
    options: { connections: 50, ...post },
  },
  { name: "durable POST .../responses", url: submit, options: { connections: 50, ...post }, durable: true },
  {
    name: "validate-only POST .../responses/check",
    url: `${submit}/check`,
    options: { connections: 200, ...post },
  },
  { name: "durable POST .../responses", url: submit, options: { connections: 200, ...post }, durable: true },
];

const runs: LoadResult[][] = shapes.map(() => []);
let acknowledged = 0;
let rssPeakMb: number | undefined;
let lifetimeRssMb: number | undefined;
let paced: LoadResult | undefined;
let stored = 0;
let page: Awaited<ReturnType<typeof weighQuestionPage>>;
let report: Awaited<ReturnType<typeof reportLatency>>;
try {
  // Warm-up: the JIT and SQLite's cache settle before anything counts.
  for (const shape of shapes.slice(1, 3)) {
    const warm = await load("warm-up", shape.url, { ...shape.options, seconds: 2 });
    if (shape.durable) acknowledged += warm.ok;
  }
  for (let round = 0; round < rounds; round++) {
    for (const [index, shape] of shapes.entries()) {
      const rss = shape.durable ? sampleRss(server.pid) : undefined;
      const result = await load(shape.name, shape.url, { ...shape.options, seconds });
      const peak = rss?.stop();
      if (peak !== undefined) rssPeakMb = Math.max(rssPeakMb ?? 0, peak);
      if (shape.durable) acknowledged += result.ok;
      runs[index]?.push(result);
    }
  }
  // Latency when the server is not saturated: 200 connections sharing half the rate it just sustained.
  const sustained = median((runs[4] ?? []).map((r) => r.perSec));
  paced = await load("durable, 200 connections at half that rate", submit, {
    connections: 200,
    seconds,
    ...post,
    overallRate: Math.max(1, Math.round(sustained / 2)),
  });
  acknowledged += paced.ok;
  page = await weighQuestionPage(server.url, BENCH_SURVEY);
  report = await reportLatency(server.url);
  lifetimeRssMb = lifetimePeakMb(server.pid);
} finally {
  stored = (await server.stop()).stored;
}

const summary = shapes.map((shape, index) => {
  const results = runs[index] ?? [];
  return {
    name: shape.name,
    connections: shape.options.connections,
    perSec: Math.round(median(results.map((r) => r.perSec))),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
});
// Each round's durable rate over the same round's validate-only rate, then the median of those.
const ratio = (durable: number, check: number) =>
  median((runs[durable] ?? []).map((r, round) => r.perSec / (runs[check]?.[round]?.perSec ?? Number.NaN)));
const ratio50 = ratio(2, 1);
const ratio200 = ratio(4, 3);

printTable(
  `HTTP, ${os.cpus().length} cores, ${rounds} rounds x ${seconds} s (median of rounds; ${BENCH_SURVEY}, 10 answers)`,
  ["request", "conns", "req/s", "p50 ms", "p99 ms", "errors"],
  [
    ...summary.map((s) => [s.name, s.connections, s.perSec, s.p50, s.p99, s.errors]),
    ...(paced
      ? [[paced.name, 200, Math.round(paced.perSec), paced.p50, paced.p99, paced.errors + paced.non2xx]]
      : []),
  ],
);
console.log(
  `durable / validate-only: ${ratio50.toFixed(2)} at 50 connections, ${ratio200.toFixed(2)} at 200`,
);
console.log(
  `server RSS: peak ${rssPeakMb?.toFixed(0) ?? "?"} MB under submission load, ${lifetimeRssMb?.toFixed(0) ?? "?"} MB over its life`,
);
console.log(
  `question page ${page.path}: ${page.files} files, JS ${page.jsGzip} B gzip, all ${page.pageGzip} B gzip`,
);

const adapter = await benchAdapterWrites();
printTable(
  "Embedded database adapter alone (5,000 responses x 10 answers, 200 callers, synchronous=FULL)",
  ["mode", "writes/s", "commits"],
  [
    ["group commit", adapter.groupCommitPerSec, adapter.commits],
    ["one transaction per write", adapter.transactionPerWritePerSec, 5000],
  ],
);

const targets = judge({
  ratio50,
  ratio200,
  p99At200: summary[4]?.p99 ?? Number.NaN,
  rssPeakMb,
  page,
  report,
  acknowledged,
  stored,
});
printTable(
  "Targets (issue 8)",
  ["target", "measured", "met"],
  targets.map((t) => [t.target, t.measured, t.met === true ? "yes" : t.met === false ? "NO" : "-"]),
);

await mkdir("bench", { recursive: true });
await writeFile(
  "bench/results.json",
  `${JSON.stringify(
    {
      measuredOn: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
      settings: { seconds, rounds, survey: BENCH_SURVEY },
      http: summary,
      ratios: { at50: ratio50, at200: ratio200 },
      paced,
      rounds: runs,
      rss: { peakUnderSubmissionsMb: rssPeakMb, lifetimePeakMb: lifetimeRssMb },
      page,
      report,
      submissions: { acknowledged, stored },
      adapter,
      targets,
    },
    null,
    2,
  )}\n`,
);
console.log("\nwritten to bench/results.json");
