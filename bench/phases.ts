import os from "node:os";
import { type CpuUse, sampleCpu } from "./cpu-use";
import { type LoadOptions, type LoadResult, load } from "./http-load";
import { sampleRss } from "./rss";
import { BENCH_SURVEY, tenAnswerResponse } from "./sample-response";
import type { BenchServer } from "./serve-for-bench";
import { median } from "./table";

/** One request shape the rounds load, and what its results count towards. */
export type Shape = {
  key: "healthz" | "check50" | "durable50" | "check200" | "durable200" | "memory200";
  name: string;
  url: string;
  /** The server process the shape loads, whose CPU is measured. */
  pid: number;
  options: Omit<LoadOptions, "seconds">;
  /** Loads the durable server's database: its 2xx answers are receipts, and its RSS is sampled. */
  durable?: boolean;
};

/** The shapes, in the order each round runs them (alternating, so noise falls on all of them alike). */
export function shapes(durable: BenchServer, memory: BenchServer): Shape[] {
  const path = `/api/surveys/${BENCH_SURVEY}/responses`;
  const post = { method: "POST" as const, body: tenAnswerResponse };
  const { pid } = durable;
  return [
    {
      key: "healthz",
      name: "GET /healthz",
      url: `${durable.url}/healthz`,
      pid,
      options: { connections: 50 },
    },
    {
      key: "check50",
      name: "validate-only POST .../check",
      url: `${durable.url}${path}/check`,
      pid,
      options: { connections: 50, ...post },
    },
    {
      key: "durable50",
      name: "durable POST .../responses",
      url: `${durable.url}${path}`,
      pid,
      options: { connections: 50, ...post },
      durable: true,
    },
    {
      key: "check200",
      name: "validate-only POST .../check",
      url: `${durable.url}${path}/check`,
      pid,
      options: { connections: 200, ...post },
    },
    {
      key: "durable200",
      name: "durable POST .../responses",
      url: `${durable.url}${path}`,
      pid,
      options: { connections: 200, ...post },
      durable: true,
    },
    {
      key: "memory200",
      name: "same, database in memory (not durable)",
      url: `${memory.url}${path}`,
      pid: memory.pid,
      options: { connections: 200, ...post },
    },
  ];
}

export type Rounds = {
  runs: Map<Shape["key"], LoadResult[]>;
  /** 2xx answers from the durable server, warm-up included: each one a promise the answer is stored. */
  acknowledged: number;
  /** Peak RSS of the durable server while submissions loaded it, in MB. */
  rssPeakMb: number | undefined;
  /** CPU use over each run of each shape, where /proc tells it. */
  cpu: Map<Shape["key"], CpuUse[]>;
};

/** A warm-up, then `rounds` rounds of every shape for `seconds` each. */
export async function runRounds(list: Shape[], rounds: number, seconds: number): Promise<Rounds> {
  const result: Rounds = { runs: new Map(), acknowledged: 0, rssPeakMb: undefined, cpu: new Map() };
  const cores = os.cpus().length;
  // The JIT, SQLite's page cache and V8's heap settle before anything counts.
  for (const shape of list.filter((s) => s.key !== "healthz")) {
    const warm = await load("warm-up", shape.url, { ...shape.options, seconds: 2 });
    if (shape.durable) result.acknowledged += warm.ok;
  }
  for (let round = 0; round < rounds; round++) {
    for (const shape of list) {
      const rss = shape.durable ? sampleRss(shape.pid) : undefined;
      const cpu = sampleCpu(shape.pid, cores);
      const run = await load(shape.name, shape.url, { ...shape.options, seconds });
      const use = cpu.stop();
      if (use) result.cpu.set(shape.key, [...(result.cpu.get(shape.key) ?? []), use]);
      const peak = rss?.stop();
      if (peak !== undefined) result.rssPeakMb = Math.max(result.rssPeakMb ?? 0, peak);
      if (shape.durable) result.acknowledged += run.ok;
      result.runs.set(shape.key, [...(result.runs.get(shape.key) ?? []), run]);
    }
  }
  return result;
}

/** The median over the rounds of each figure of one shape (CPU figures undefined without /proc). */
export function summarise(shape: Shape, results: LoadResult[], cpu: CpuUse[] = []) {
  const cpuMedian = (pick: (use: CpuUse) => number) => (cpu.length > 0 ? median(cpu.map(pick)) : undefined);
  return {
    key: shape.key,
    name: shape.name,
    connections: shape.options.connections,
    perSec: Math.round(median(results.map((r) => r.perSec))),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
    serverCores: cpuMedian((use) => use.serverCores),
    mainThread: cpuMedian((use) => use.mainThread),
    machineIdle: cpuMedian((use) => use.machineIdle),
  };
}

/** Each round's rate of `a` over the same round's rate of `b`, then the median of those ratios. */
export function ratio(runs: Rounds["runs"], a: Shape["key"], b: Shape["key"]): number {
  const over = runs.get(b) ?? [];
  return median((runs.get(a) ?? []).map((r, round) => r.perSec / (over[round]?.perSec ?? Number.NaN)));
}
