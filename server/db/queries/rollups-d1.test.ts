import { readFile } from "node:fs/promises";
import type { D1Database } from "@cloudflare/workers-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy } from "wrangler";
import { TEST_KEY } from "../../../tests/support/test-app";
import { parseAppConfig } from "../../config/app-config";
import { d1Database } from "../d1";
import type { Db } from "../db";
import { rebuildRollups } from "./rollups-rebuild";
import { randomActivity, rollupSnapshot } from "./rollups-scenario";

// D1 has no group commit: each submission's batch carries the fold itself. This runs the same random
// activity as rollups.test.ts against local D1 (workerd, through wrangler), with the real migrations.

const config = parseAppConfig({ HEARD_SAFEGUARDING_KEY: TEST_KEY });
let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
let db: Db;

/** Applies migrations/ as `wrangler d1 migrations apply` would: each file's statements in order. */
async function migrate(binding: D1Database) {
  const journal = JSON.parse(await readFile("migrations/meta/_journal.json", "utf8")) as {
    entries: { tag: string }[];
  };
  for (const { tag } of journal.entries) {
    const text = await readFile(`migrations/${tag}.sql`, "utf8");
    const statements = text
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter(Boolean);
    await binding.batch(statements.map((statement) => binding.prepare(statement)));
  }
}

beforeAll(async () => {
  proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: false });
  await migrate(proxy.env.DB);
  db = d1Database(proxy.env.DB);
}, 60_000);
afterAll(async () => {
  await proxy?.dispose();
});

describe("rollups on D1", () => {
  it("keeps incremental counts equal to a rebuild, each submission batch folding itself", async () => {
    const tally = await randomActivity(db, config, { seed: 3, steps: 90, concurrency: 5 });
    expect(tally.withdrawn).toBeGreaterThan(0);
    const incremental = await rollupSnapshot(db);
    const counted = incremental.responses.reduce((n, row) => n + row.count, 0);
    expect(counted).toBeGreaterThan(0);
    expect(incremental.themes.length).toBeGreaterThan(0);
    await rebuildRollups(db);
    expect(await rollupSnapshot(db)).toEqual(incremental);
  }, 60_000);
});
