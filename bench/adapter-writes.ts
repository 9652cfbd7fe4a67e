import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { responses } from "../server/db/schema";
import { openTempDatabase, writeResponse } from "../server/db/sqlite/temp-database";

/** What one run of `benchAdapterWrites` measured. */
export type AdapterWritesResult = {
  /** Submissions (a response and its answers) committed per second with group commit. */
  groupCommitPerSec: number;
  /** The same with one transaction, so one fsync, per submission. */
  transactionPerWritePerSec: number;
  /** groupCommitPerSec / transactionPerWritePerSec. */
  ratio: number;
  /** Commits the group-commit run needed for all its writes. */
  commits: number;
};

const answersPerResponse = 10;

// Writes `writes` submissions through `db.batch` from `concurrency` concurrent callers, as a loaded
// server would, on a fresh file with synchronous=FULL.
async function measure(writes: number, concurrency: number, maxGroupSize?: number) {
  const temp = await openTempDatabase({ maxGroupSize });
  try {
    const before = temp.sqlite.stats();
    let next = 0;
    const caller = async () => {
      for (let index = next++; index < writes; index = next++) {
        await writeResponse(temp.db, `r${index}`, answersPerResponse);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, caller));
    const seconds = (performance.now() - started) / 1000;
    const written = await temp.db.$count(responses);
    if (written !== writes) throw new Error(`expected ${writes} responses, found ${written}`);
    return { perSec: writes / seconds, commits: temp.sqlite.stats().commits - before.commits };
  } finally {
    await temp.dispose();
  }
}

/**
 * Group commit against one transaction per write. Both runs use the same callers and code path; the
 * baseline only caps groups at one job (`maxGroupSize: 1`), so the difference is the grouping alone,
 * not a change in concurrency or in the adapter.
 */
export async function benchAdapterWrites(
  opts: { writes?: number; concurrency?: number } = {},
): Promise<AdapterWritesResult> {
  const writes = opts.writes ?? 5000;
  const concurrency = opts.concurrency ?? 200;
  const grouped = await measure(writes, concurrency);
  const single = await measure(writes, concurrency, 1);
  return {
    groupCommitPerSec: Math.round(grouped.perSec),
    transactionPerWritePerSec: Math.round(single.perSec),
    ratio: Number((grouped.perSec / single.perSec).toFixed(2)),
    commits: grouped.commits,
  };
}

// Only when run as this file (`npx tsx bench/adapter-writes.ts`): bundled into the bench runner,
// import.meta.url is the runner's own, which is also argv[1].
const script = process.argv[1];
if (script && import.meta.url === pathToFileURL(script).href && /adapter-writes\.[jt]s$/.test(script)) {
  const { values } = parseArgs({ options: { writes: { type: "string" }, concurrency: { type: "string" } } });
  const writes = values.writes ? Number(values.writes) : undefined;
  const concurrency = values.concurrency ? Number(values.concurrency) : undefined;
  const result = await benchAdapterWrites({ writes, concurrency });
  console.log(
    `adapter writes (${writes ?? 5000} x 1 response + ${answersPerResponse} answers, ${concurrency ?? 200} concurrent, synchronous=FULL)`,
  );
  console.log(
    `  group commit:              ${result.groupCommitPerSec} writes/s in ${result.commits} commits`,
  );
  console.log(`  one transaction per write: ${result.transactionPerWritePerSec} writes/s`);
  console.log(`  ratio:                     ${result.ratio}x`);
}
