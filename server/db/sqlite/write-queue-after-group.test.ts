import { afterEach, describe, expect, it } from "vitest";
import { type Connection, openConnection } from "./connection";
import { createWriteQueue } from "./write-queue";

// The after-group statements (the report rollups' fold) run once per group commit, inside it.
let writer: Connection;
afterEach(async () => {
  await writer.close();
});

async function queueWithAfterGroup(afterGroup: string[]) {
  writer = await openConnection(":memory:", { readOnly: false, cacheSize: 16 });
  await writer.exec("CREATE TABLE items (id TEXT PRIMARY KEY); CREATE TABLE folds (seen INTEGER NOT NULL);");
  const log: string[] = [];
  const queue = createWriteQueue(
    {
      control: async (sql: string) => {
        log.push(sql);
        await writer.exec(sql);
      },
      execute: async (sql: string) => {
        log.push(sql);
        return writer.query({ sql, params: [], method: "run" });
      },
    },
    { afterGroup },
  );
  const folds = async () =>
    (await writer.query({ sql: "SELECT seen FROM folds", params: [], method: "all" })).rows.map(
      (row) => (row as unknown[])[0],
    );
  return { queue, log, folds };
}

const insert = (id: string) => `INSERT INTO items VALUES ('${id}')`;
const FOLD = "INSERT INTO folds SELECT count(*) FROM items";

describe("group commit with afterGroup", () => {
  it("runs the after-group statements once per group, after its jobs, inside the same transaction", async () => {
    const { queue, log, folds } = await queueWithAfterGroup([FOLD]);
    await Promise.all([
      queue.enqueue([insert("a")]),
      queue.enqueue([insert("b")]),
      queue.enqueue([insert("c")]),
    ]);
    const fold = log.indexOf(FOLD);
    expect(log.filter((sql) => sql === FOLD)).toHaveLength(log.filter((sql) => sql === "COMMIT").length);
    expect(fold).toBeGreaterThan(log.indexOf(insert("a")));
    expect(fold).toBeLessThan(log.lastIndexOf("COMMIT"));
    expect((await folds()).at(-1)).toBe(3);
  });

  it("keeps the group's writes when the after-group statement fails", async () => {
    const { queue, folds } = await queueWithAfterGroup(["INSERT INTO no_such_table VALUES (1)"]);
    await queue.enqueue([insert("a")]);
    const rows = await writer.query({ sql: "SELECT id FROM items", params: [], method: "all" });
    expect(rows.rows).toHaveLength(1);
    expect(await folds()).toEqual([]);
  });
});
