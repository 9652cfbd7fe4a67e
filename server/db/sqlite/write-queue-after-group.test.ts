import { DatabaseSync } from "node:sqlite";
import { afterEach, describe, expect, it } from "vitest";
import { commitGroup, type SyncExecutor } from "./commit-group";
import { createWriteQueue } from "./write-queue";

let database: DatabaseSync;
afterEach(() => database.close());

/** A real in-memory writer with a table of items and a table the after-group statement writes to. */
function queueWithAfterGroup(afterGroup: string[]) {
  database = new DatabaseSync(":memory:");
  database.exec("CREATE TABLE items (id TEXT PRIMARY KEY); CREATE TABLE folds (seen INTEGER NOT NULL);");
  const log: string[] = [];
  const executor: SyncExecutor<string, number> = {
    control(sql) {
      log.push(sql);
      database.exec(sql);
    },
    execute(sql) {
      log.push(sql);
      return Number(database.prepare(sql).run().changes);
    },
  };
  const queue = createWriteQueue<string, number>(async (jobs) => commitGroup(executor, jobs), { afterGroup });
  const folds = () =>
    database
      .prepare("SELECT seen FROM folds")
      .all()
      .map((row) => row.seen);
  return { queue, log, folds };
}

const insert = (id: string) => `INSERT INTO items VALUES ('${id}')`;
const FOLD = "INSERT INTO folds SELECT count(*) FROM items";

describe("createWriteQueue with afterGroup", () => {
  it("runs the after-group statements once per group, after its jobs, inside the same transaction", async () => {
    const { queue, log, folds } = queueWithAfterGroup([FOLD]);
    const results = await Promise.all(["a", "b", "c"].map((id) => queue.enqueue([insert(id)])));
    expect(results).toEqual([[1], [1], [1]]);
    expect(folds()).toEqual([3]);
    expect(log.filter((sql) => sql === "BEGIN IMMEDIATE")).toHaveLength(1);
    expect(log.indexOf(FOLD)).toBeGreaterThan(log.indexOf(insert("c")));
    expect(log.indexOf(FOLD)).toBeLessThan(log.indexOf("COMMIT"));
  });

  it("runs again for the next group, seeing what that group added", async () => {
    const { queue, folds } = queueWithAfterGroup([FOLD]);
    await Promise.all(["a", "b"].map((id) => queue.enqueue([insert(id)])));
    await queue.enqueue([insert("c")]);
    expect(folds()).toEqual([2, 3]);
    expect(queue.stats()).toMatchObject({ commits: 2, batches: 3, failed: 0 });
  });

  it("does not fail the group's jobs when an after-group statement fails", async () => {
    const { queue } = queueWithAfterGroup(["INSERT INTO no_such_table VALUES (1)"]);
    await expect(queue.enqueue([insert("a")])).resolves.toEqual([1]);
    expect(
      database
        .prepare("SELECT id FROM items")
        .all()
        .map((row) => row.id),
    ).toEqual(["a"]);
    expect(queue.stats()).toMatchObject({ batches: 1, failed: 0 });
  });

  it("still refuses a failing job alone while the others and the after-group statements commit", async () => {
    const { queue, folds } = queueWithAfterGroup([FOLD]);
    const outcomes = await Promise.allSettled(
      [insert("a"), insert("a"), insert("b")].map((s) => queue.enqueue([s])),
    );
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(folds()).toEqual([2]);
  });
});
