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
  // A deferred foreign key is checked at COMMIT, so a job can make COMMIT itself fail.
  await writer.exec(`PRAGMA foreign_keys=ON; CREATE TABLE items (id TEXT PRIMARY KEY);
    CREATE TABLE folds (seen INTEGER NOT NULL);
    CREATE TABLE notes (item TEXT REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED);`);
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
  it("runs the after-group statements once per group, after its jobs, in the call that commits it", async () => {
    const { queue, log, folds } = await queueWithAfterGroup([FOLD]);
    await Promise.all([
      queue.enqueue([insert("a")]),
      queue.enqueue([insert("b")]),
      queue.enqueue([insert("c")]),
    ]);
    // One round trip ends the group: the fold in its savepoint, then COMMIT.
    const ends = log.filter((sql) => sql.endsWith("COMMIT"));
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) {
      expect(end.split(";\n")).toEqual(["SAVEPOINT after_group", FOLD, "RELEASE after_group", "COMMIT"]);
    }
    expect(log.indexOf(ends[0] as string)).toBeGreaterThan(log.indexOf(insert("a")));
    expect((await folds()).at(-1)).toBe(3);
  });

  it("keeps the group's writes when the after-group statement fails", async () => {
    const { queue, folds } = await queueWithAfterGroup(["INSERT INTO no_such_table VALUES (1)"]);
    await queue.enqueue([insert("a")]);
    const rows = await writer.query({ sql: "SELECT id FROM items", params: [], method: "all" });
    expect(rows.rows).toHaveLength(1);
    expect(await folds()).toEqual([]);
  });

  it("rejects a group whose COMMIT fails after the fold, keeps none of it, and commits the next", async () => {
    const { queue, folds } = await queueWithAfterGroup([FOLD]);
    await expect(queue.enqueue([insert("a"), "INSERT INTO notes VALUES ('no such item')"])).rejects.toThrow(
      /FOREIGN KEY constraint failed/,
    );
    const items = async () =>
      (await writer.query({ sql: "SELECT id FROM items", params: [], method: "all" })).rows;
    expect(await items()).toEqual([]);
    expect(await folds()).toEqual([]);
    await queue.enqueue([insert("b")]);
    expect(await items()).toEqual([["b"]]);
    expect(await folds()).toEqual([1]);
  });
});
