import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { quarter } from "../../domain/periods/period";
import type { Db } from "../db";
import { actionsQuery, reportThemes, themeCountsQuery, voicesQuery } from "./report-data";
import { codeRollupStatements, withdrawalRollupStatements } from "./rollups-changes";
import { ROLLUP_FOLD_SQL } from "./rollups-fold";
import { REBUILD_RESPONSE_ROLLUPS_SQL } from "./rollups-rebuild";

// Query plans are deterministic, unlike timings (bench/report-latency.ts measures those): the
// report must never read `responses` or `answers`, however many there are, and the statements that
// keep the rollups must reach their rows by key, never by scanning.

type Built = { toSQL(): { sql: string; params: unknown[] } };

/** SQLite's plan for a statement, one line per step, with its parameters inlined. */
async function planOf(db: Db, statement: Built | string): Promise<string> {
  const query = typeof statement === "string" ? { sql: statement, params: [] } : statement.toSQL();
  const bound = query.params.reduce<string>(
    (text, param) =>
      text.replace(
        "?",
        typeof param === "number" ? String(param) : `'${String(param).replaceAll("'", "''")}'`,
      ),
    query.sql,
  );
  const rows = (await db.all(sql.raw(`explain query plan ${bound}`))) as unknown[][];
  return rows.map((row) => String(row.at(-1))).join("\n");
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const period = quarter(2026, 4);

describe("board report query plans", () => {
  it.each([
    ["voices by audience", (db: Db) => voicesQuery(db, period)],
    ["coded answers by theme", (db: Db) => themeCountsQuery(db, period)],
    ["themes", (db: Db) => reportThemes(db)],
    ["actions", (db: Db) => actionsQuery(db, period)],
  ])("%s reads neither responses nor answers", async (_name, query) => {
    const plan = await planOf(t.sqlite.db, query(t.sqlite.db));
    expect(plan).not.toMatch(/\b(responses|answers)\b/);
  });

  it.each([
    ["voices by audience", (db: Db) => voicesQuery(db, period), "response_rollups"],
    ["coded answers by theme", (db: Db) => themeCountsQuery(db, period), "theme_rollups"],
  ])("%s reads only the quarter's range of its rollup", async (_name, query, table) => {
    const plan = await planOf(t.sqlite.db, query(t.sqlite.db));
    expect(plan).toMatch(
      new RegExp(
        `SEARCH ${table} USING (COVERING )?INDEX sqlite_autoindex_${table}_1 \\(day>\\? AND day<\\?\\)`,
      ),
    );
  });
});

describe("rollup upkeep query plans", () => {
  it("the fold reads only the responses past the watermark, by rowid", async () => {
    const plan = await planOf(t.sqlite.db, ROLLUP_FOLD_SQL[0] as string);
    expect(plan).toMatch(/SEARCH responses USING INTEGER PRIMARY KEY \(rowid>\?\)/);
    expect(plan).not.toMatch(/SCAN responses/);
  });

  it("a rebuild reads the covering index in GROUP BY order, without sorting", async () => {
    const plan = await planOf(t.sqlite.db, REBUILD_RESPONSE_ROLLUPS_SQL);
    expect(plan).toMatch(/SCAN responses USING COVERING INDEX responses_by_group/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it("a withdrawal finds its rollup rows by key", async () => {
    for (const statement of withdrawalRollupStatements(t.sqlite.db, "a".repeat(64))) {
      const plan = await planOf(t.sqlite.db, statement as unknown as Built);
      expect(plan).not.toMatch(/SCAN (responses|response_rollups|theme_rollups|answer_codes)\b/);
    }
  });

  it("coding an answer finds its rollup row by key", async () => {
    const change = { add: ["trusted-adults"], remove: ["police-and-trust"] };
    const statements = codeRollupStatements(t.sqlite.db, [
      { key: { responseId: "r1", questionId: "q1" }, change },
    ]);
    for (const statement of statements) {
      const plan = await planOf(t.sqlite.db, statement as unknown as Built);
      expect(plan).not.toMatch(/SCAN (responses|theme_rollups|answer_codes)\b/);
    }
  });
});
