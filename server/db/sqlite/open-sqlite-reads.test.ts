import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "../schema";
import { openSqlite } from "./open-sqlite";
import { migrationsFolder, openTempDatabase, type TempDatabase, writeResponse } from "./temp-database";

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.dispose();
});

describe("openSqlite reads", () => {
  it("answers plain reads from the reader connection, which sees committed writes", async () => {
    await writeResponse(temp.db, "seen");
    const before = temp.sqlite.stats();
    const rows = await temp.db.select().from(responses).where(eq(responses.id, "seen"));
    expect(rows).toHaveLength(1);
    expect(temp.sqlite.stats().reads).toBe(before.reads + 1);
    expect(temp.sqlite.stats().commits).toBe(before.commits);
  });

  it("keeps result columns in select order when their names differ", async () => {
    await writeResponse(temp.db, "ordered");
    expect(await temp.db.values(sql`select 'first' as zulu, 'second' as alpha`)).toEqual([
      ["first", "second"],
    ]);
    const [row] = await temp.db
      .select({ submittedOn: responses.submittedOn, locale: responses.locale, id: responses.id })
      .from(responses);
    expect(row).toEqual({ submittedOn: "2026-01-15", locale: "en", id: "ordered" });
  });

  it("returns undefined from get when no row matches", async () => {
    expect(await temp.db.select().from(responses).where(eq(responses.id, "none")).get()).toBeUndefined();
  });
});

describe("openSqlite settings and lifecycle", () => {
  it("runs the writer in WAL mode with synchronous FULL and foreign keys on", async () => {
    expect(await temp.db.values(sql`pragma journal_mode`)).toEqual([["wal"]]);
    expect(await temp.db.values(sql`pragma synchronous`)).toEqual([[2]]);
    expect(await temp.db.values(sql`pragma foreign_keys`)).toEqual([[1]]);
    expect(await temp.db.values(sql`pragma busy_timeout`)).toEqual([[5000]]);
  });

  it("answers writes queued before close, then rejects new work with a clear message", async () => {
    const queued = writeResponse(temp.db, "last");
    const closed = temp.sqlite.close();
    await expect(queued).resolves.toBeDefined();
    await closed;
    await expect(writeResponse(temp.db, "late")).rejects.toThrow(/is closed/);
    await expect(temp.db.select().from(responses)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/is closed/) },
    });
    const reopened = await openSqlite(temp.file);
    expect(await reopened.db.$count(responses)).toBe(1);
    await reopened.close();
  });

  it("serves reads and writes from the one connection of an in-memory database", async () => {
    const memory = await openSqlite(":memory:");
    await memory.migrate(migrationsFolder);
    await writeResponse(memory.db, "m1");
    expect(await memory.db.$count(answers)).toBe(3);
    expect(memory.stats().reads).toBe(0);
    await memory.close();
  });

  it("applies migrations once", async () => {
    const before = await temp.db.values(sql`select count(*) from __drizzle_migrations`);
    await temp.sqlite.migrate(migrationsFolder);
    expect(await temp.db.values(sql`select count(*) from __drizzle_migrations`)).toEqual(before);
    expect(before[0]?.[0]).toBeGreaterThan(0);
  });
});
