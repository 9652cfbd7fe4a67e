import { describe, expect, it } from "vitest";
import { openConnection } from "./connection";

describe("the statement cache of a connection", () => {
  it("keeps answering correctly while evicting, and finalizes everything on close", async () => {
    const connection = await openConnection(":memory:", { readOnly: false, cacheSize: 2 });
    const select = (n: number) =>
      connection.query({ sql: `SELECT ${n} * ?`, params: [10], method: "values" });
    const rounds = await Promise.all(Array.from({ length: 18 }, (_, i) => select(i % 6)));
    expect(rounds.map((result) => result.rows)).toEqual(
      Array.from({ length: 18 }, (_, i) => [[(i % 6) * 10]]),
    );
    // sqlite3_close refuses while any statement is left unfinalized, so this proves none was.
    await expect(connection.close()).resolves.toBeUndefined();
  });

  it("does not keep a statement that failed to prepare", async () => {
    const connection = await openConnection(":memory:", { readOnly: false, cacheSize: 8 });
    const query = { sql: "SELECT count(*) AS n FROM later", params: [], method: "get" as const };
    await expect(connection.query(query)).rejects.toThrow(/no such table: later/);
    await connection.exec("CREATE TABLE later (id INTEGER)");
    await expect(connection.query(query)).resolves.toEqual({ rows: [0] });
    await connection.close();
  });
});
