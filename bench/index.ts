// `npm run bench`: every figure measured in one run on this machine, in rounds that alternate the
// request shapes, so the ratios hold when the machine is noisy (it is shared, and has two cores).
// The servers run in their own processes; autocannon loads them from this one.
//   BENCH_SECONDS (4) per load, BENCH_ROUNDS (3), BENCH_PORT (8791, and the next port),
//   BENCH_NODE_OPTIONS (the servers' node flags, default as in docs/deploy.md),
//   BENCH_CPU_PROF=<dir> runs the durable server under --cpu-prof and leaves its profile in <dir>.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { benchAdapterWrites } from "./adapter-writes";
import { type LoadResult, load } from "./http-load";
import { type PageWeight, weighQuestionPage } from "./page-weight";
import { type Rounds, ratio, runRounds, shapes, summarise } from "./phases";
import { type ReportLatency, reportLatency } from "./report-latency";
import { lifetimePeakMb } from "./rss";
import { BENCH_SURVEY, tenAnswerResponse } from "./sample-response";
import { SERVER_NODE_OPTIONS, startBenchServer } from "./serve-for-bench";
import { median, printTable } from "./table";
import { judge } from "./targets";

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const roundCount = Number(process.env.BENCH_ROUNDS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 8791);
const profileDir = process.env.BENCH_CPU_PROF;

const durable = await startBenchServer({
  port,
  nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
});
const memory = await startBenchServer({ port: port + 1, inMemory: true });
const list = shapes(durable, memory);
let rounds: Rounds;
let paced: LoadResult;
let page: PageWeight;
let report: ReportLatency;
let lifetimeRssMb: number | undefined;
let stored: number | undefined;
try {
  rounds = await runRounds(list, roundCount, seconds);
  // Latency when the server is not saturated: 200 connections sharing half the rate it sustained.
  const sustained = median((rounds.runs.get("durable200") ?? []).map((r) => r.perSec));
  paced = await load(
    "durable, 200 conns, paced at half that rate",
    list.find((shape) => shape.key === "durable200")?.url ?? "",
    {
      connections: 200,
      seconds,
      method: "POST",
      body: tenAnswerResponse,
      overallRate: Math.max(1, Math.round(sustained / 2)),
    },
  );
  rounds.acknowledged += paced.ok;
  page = await weighQuestionPage(durable.url, BENCH_SURVEY);
  report = await reportLatency(durable.url);
  lifetimeRssMb = lifetimePeakMb(durable.pid);
} finally {
  stored = (await durable.stop()).stored;
  await memory.stop();
}

const summary = list.map((shape) =>
  summarise(shape, rounds.runs.get(shape.key) ?? [], rounds.cpu.get(shape.key)),
);
const share = (value: number | undefined) => (value === undefined ? "?" : `${Math.round(value * 100)} %`);
const coresOf = (value: number | undefined) => (value === undefined ? "?" : value.toFixed(2));
const ratios = {
  at50: ratio(rounds.runs, "durable50", "check50"),
  at200: ratio(rounds.runs, "durable200", "check200"),
  durableOverInMemory: ratio(rounds.runs, "durable200", "memory200"),
};

printTable(
  `HTTP: ${os.cpus().length} cores shared with the load generator; median of ${roundCount} rounds x ${seconds} s; ` +
    `${BENCH_SURVEY}, 10 answers; server node ${SERVER_NODE_OPTIONS}`,
  ["request", "conns", "req/s", "p50 ms", "p99 ms", "errors", "server cores", "main thread", "machine idle"],
  [
    ...summary.map((s) => [
      s.name,
      s.connections,
      s.perSec,
      s.p50,
      s.p99,
      s.errors,
      coresOf(s.serverCores),
      share(s.mainThread),
      share(s.machineIdle),
    ]),
    [
      paced.name,
      200,
      Math.round(paced.perSec),
      paced.p50,
      paced.p99,
      paced.errors + paced.non2xx,
      "",
      "",
      "",
    ],
  ],
);
console.log(
  `durable / validate-only: ${ratios.at50.toFixed(2)} at 50 connections, ${ratios.at200.toFixed(2)} at 200; ` +
    `durable / in-memory: ${ratios.durableOverInMemory.toFixed(2)}`,
);
console.log(
  `server RSS: peak ${rounds.rssPeakMb?.toFixed(0) ?? "?"} MB under submission load (${lifetimeRssMb?.toFixed(0) ?? "?"} MB over its life)`,
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
  ratio50: ratios.at50,
  ratio200: ratios.at200,
  p99At200: summary.find((s) => s.key === "durable200")?.p99 ?? Number.NaN,
  rssPeakMb: rounds.rssPeakMb,
  page,
  report,
  acknowledged: rounds.acknowledged,
  stored: stored ?? 0,
});
printTable(
  "Targets (issue 8)",
  ["target", "measured", "met"],
  targets.map((t) => [t.target, t.measured, t.met === true ? "yes" : t.met === false ? "NO" : "-"]),
);

const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version };
const settings = {
  seconds,
  rounds: roundCount,
  survey: BENCH_SURVEY,
  serverNodeOptions: SERVER_NODE_OPTIONS,
};
const results = {
  measuredAt: new Date().toISOString(),
  machine,
  settings,
  http: summary,
  paced,
  ratios,
  rss: { peakUnderSubmissionsMb: rounds.rssPeakMb, lifetimePeakMb: lifetimeRssMb },
  page,
  report,
  submissions: { acknowledged: rounds.acknowledged, stored },
  adapter,
  targets,
  rounds: Object.fromEntries(rounds.runs),
};
await mkdir("bench", { recursive: true });
await writeFile("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwritten to bench/results.json");
