// `npm run bench`: figures measured in one run on this machine, reported as ratios against a
// baseline from the same run, so a noisy or slower machine moves both sides together.
import { mkdir, writeFile } from "node:fs/promises";
import { benchAdapterWrites } from "./adapter-writes";
import { type LoadResult, load } from "./http-load";
import { startBenchServer } from "./serve-for-bench";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const submission = JSON.stringify({
  locale: "en",
  answers: {
    "session-rating": "good",
    "know-more": "yes",
    "one-thing": "More sessions after school, please.",
  },
});

const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 8791));
const http: LoadResult[] = [];
try {
  http.push(await load("GET /healthz (baseline)", `${server.url}/healthz`, { connections: 50, seconds }));
  for (const connections of [50, 200]) {
    http.push(
      await load(
        `POST durable submission, ${connections} conns`,
        `${server.url}/api/surveys/quick-feedback/responses`,
        {
          connections,
          seconds,
          method: "POST",
          body: submission,
        },
      ),
    );
  }
} finally {
  await server.stop();
}

const adapter = await benchAdapterWrites();
const baseline = http[0]?.perSec ?? 1;

console.log("\nHTTP (real server process, autocannon from this process)");
console.table(
  http.map((r) => ({
    run: r.name,
    "req/s": Math.round(r.perSec),
    "vs baseline": (r.perSec / baseline).toFixed(2),
    "p50 ms": r.p50,
    "p99 ms": r.p99,
    errors: r.errors,
    "non-2xx": r.non2xx,
  })),
);
console.log("Embedded database adapter (5,000 responses x 10 answers, synchronous=FULL)");
console.table({
  "group commit": { "writes/s": Math.round(adapter.groupCommitPerSec), commits: adapter.commits },
  "one transaction per write": {
    "writes/s": Math.round(adapter.transactionPerWritePerSec),
    commits: "one per write",
  },
});
console.log(`group commit / one transaction per write: ${adapter.ratio.toFixed(1)}x`);

await mkdir("bench", { recursive: true });
await writeFile(
  "bench/results.json",
  `${JSON.stringify({ measuredOn: new Date().toISOString().slice(0, 10), http, adapter }, null, 2)}\n`,
);
