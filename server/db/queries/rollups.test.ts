import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, TEST_KEY, type TestApp } from "../../../tests/support/test-app";
import { parseAppConfig } from "../../config/app-config";
import { submitResponse } from "../../services/submit-response";
import { getSurvey } from "../../surveys/bundled-surveys";
import { responseRollups, responses, rollupProgress } from "../schema";
import { rebuildRollups } from "./rollups-rebuild";
import { randomActivity, rollupSnapshot } from "./rollups-scenario";

const config = parseAppConfig({ HEARD_SAFEGUARDING_KEY: TEST_KEY });
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const submittedCount = async () => {
  const row = await t.sqlite.db
    .select({ n: sql<number>`count(*)` })
    .from(responses)
    .where(eq(responses.status, "submitted"))
    .get();
  return row?.n ?? 0;
};

describe("response rollups on the Node adapter", () => {
  it("counts responses as they arrive, one fold per group commit", async () => {
    const survey = getSurvey("quick-feedback");
    if (!survey) throw new Error("no quick-feedback survey");
    const before = t.sqlite.stats().commits;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        submitResponse(t.sqlite.db, config, { survey, locale: "en", answers: {} }),
      ),
    );
    const rows = await t.sqlite.db.select().from(responseRollups);
    expect(rows.reduce((n, row) => n + row.count, 0)).toBe(12);
    // Twelve submissions, far fewer commits: the rollup rows were summed per group, not per response.
    expect(t.sqlite.stats().commits - before).toBeLessThan(12);
    const progress = await t.sqlite.db.select().from(rollupProgress).get();
    const newest = await t.sqlite.db.select({ id: sql<number>`max(rowid)` }).from(responses).get();
    expect(progress?.lastRowid).toBe(newest?.id);
  });

  it("keeps incremental counts equal to a rebuild after random submissions, withdrawals and codes", async () => {
    const tally = await randomActivity(t.sqlite.db, config, { seed: 7, steps: 120, concurrency: 6 });
    expect(tally.withdrawn).toBeGreaterThan(0);
    expect(tally.coded).toBeGreaterThan(0);
    const incremental = await rollupSnapshot(t.sqlite.db);
    expect(incremental.themes.length).toBeGreaterThan(0);
    expect(incremental.responses.reduce((n, row) => n + row.count, 0)).toBe(await submittedCount());

    const rebuilt = await rebuildRollups(t.sqlite.db);
    expect(await rollupSnapshot(t.sqlite.db)).toEqual(incremental);
    expect(rebuilt.responses).toBe(await submittedCount());
  });

  it("goes on counting incrementally after a rebuild", async () => {
    await randomActivity(t.sqlite.db, config, { seed: 11, steps: 30, concurrency: 3 });
    await rebuildRollups(t.sqlite.db);
    await randomActivity(t.sqlite.db, config, { seed: 12, steps: 60, concurrency: 4 });
    const incremental = await rollupSnapshot(t.sqlite.db);
    await rebuildRollups(t.sqlite.db);
    expect(await rollupSnapshot(t.sqlite.db)).toEqual(incremental);
  });
});
