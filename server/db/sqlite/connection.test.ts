import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openConnection } from "./connection";

const memory = () => openConnection(":memory:", { readOnly: false, cacheSize: 8 });

describe("a connection in its database worker", () => {
  it("keeps every column of a row, in select order, even when two share a name", async () => {
    const connection = await memory();
    const result = await connection.query({
      sql: "SELECT 1 AS id, 'two' AS id, ? AS \"3\"",
      params: [true],
      method: "values",
    });
    expect(result.rows).toEqual([[1, "two", 1]]);
    await connection.close();
  });

  it("brings SQLite's error message and code across the thread", async () => {
    const connection = await memory();
    await connection.exec("CREATE TABLE t (id TEXT PRIMARY KEY)");
    const insert = { sql: "INSERT INTO t VALUES (?)", params: ["x"], method: "run" as const };
    await connection.query(insert);
    await expect(connection.query(insert)).rejects.toMatchObject({
      message: expect.stringMatching(/UNIQUE constraint failed: t\.id/),
      code: "ERR_SQLITE_ERROR",
      errcode: 1555, // SQLITE_CONSTRAINT_PRIMARYKEY
    });
    await connection.close();
  });

  it("commits a group and answers with one outcome per job", async () => {
    const connection = await memory();
    await connection.exec("CREATE TABLE t (id TEXT PRIMARY KEY)");
    const insert = (id: string) => ({
      sql: "INSERT INTO t VALUES (?)",
      params: [id],
      method: "run" as const,
    });
    const result = await connection.commitGroup([[insert("a")], [insert("b"), insert("a")]]);
    expect(result.committed).toBe(true);
    expect(result.outcomes[0]).toEqual({ results: [{ rows: [] }] });
    expect((result.outcomes[1] as { error: Error }).error).toBeInstanceOf(Error);
    const rows = await connection.query({ sql: "SELECT id FROM t", params: [], method: "values" });
    expect(rows.rows).toEqual([["a"]]);
    await connection.close();
  });

  it("refuses to open a file that is not there read-only, and leaves no thread behind", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "heard-connection-"));
    try {
      await expect(
        openConnection(path.join(folder, "missing.db"), { readOnly: true, cacheSize: 8 }),
      ).rejects.toThrow(/unable to open database file/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("ends its thread on close; later calls reject instead of hanging", async () => {
    const connection = await memory();
    await connection.close();
    await expect(connection.query({ sql: "SELECT 1", params: [], method: "get" })).rejects.toThrow(
      /database worker .* ended/,
    );
  });
});
