import { afterEach, describe, expect, it } from "vitest";
import { closeRecordedQueues, insert, recordedQueue } from "./recorded-queue";

afterEach(closeRecordedQueues);

describe("createWriteQueue", () => {
  it("commits the jobs waiting together in one transaction", async () => {
    const { queue, log, items } = await recordedQueue();
    await Promise.all(["a", "b", "c"].map((id) => queue.enqueue([insert(id)])));
    expect(log).toEqual(["BEGIN IMMEDIATE", "COMMIT"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 3, failed: 0, rollbacks: 0, merged: 0 });
    expect(await items()).toEqual(["a", "b", "c"]);
  });

  it("answers no one before COMMIT and gathers jobs arriving meanwhile into the next group", async () => {
    const { queue, log, gateCommit } = await recordedQueue();
    const gate = gateCommit();
    let answered = false;
    const first = queue.enqueue([insert("a")]).then(() => {
      answered = true;
    });
    await gate.reached;
    const later = ["b", "c", "d"].map((id) => queue.enqueue([insert(id)]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    gate.release();
    await Promise.all([first, ...later]);
    expect(log).toEqual(["BEGIN IMMEDIATE", "COMMIT", "BEGIN IMMEDIATE", "COMMIT"]);
    expect(queue.stats()).toMatchObject({ commits: 2, batches: 4 });
  });

  it("rejects a failing job alone, running the rest of its group again in savepoints", async () => {
    const { queue, log, items } = await recordedQueue();
    const results = await Promise.allSettled([
      queue.enqueue([insert("a")]),
      queue.enqueue([insert("b"), insert("a")]),
      queue.enqueue([insert("c")]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(
      /UNIQUE constraint failed: items.id/,
    );
    expect(log).toEqual([
      "BEGIN IMMEDIATE",
      "ROLLBACK",
      "BEGIN IMMEDIATE",
      ...["SAVEPOINT job", "RELEASE job", "SAVEPOINT job", "RELEASE job"],
      "COMMIT",
    ]);
    expect(await items()).toEqual(["a", "c"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 2, failed: 1, rollbacks: 1, merged: 0 });
  });

  it("undoes a second failure among the retried jobs with ROLLBACK TO its savepoint", async () => {
    const { queue, log, items } = await recordedQueue();
    const results = await Promise.allSettled([
      queue.enqueue([insert("a")]),
      queue.enqueue([insert("b"), insert("a")]),
      queue.enqueue([insert("c")]),
      queue.enqueue([insert("d"), insert("c")]),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "rejected",
    ]);
    expect(log).toContain("ROLLBACK TO job");
    expect(await items()).toEqual(["a", "c"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 2, failed: 2, rollbacks: 1, merged: 0 });
  });

  it("recovers when a failure in a savepoint has already ended the whole transaction", async () => {
    const { queue, items } = await recordedQueue();
    // The duplicate sends the group into savepoints; there the stray ROLLBACK ends the transaction
    // under the queue, so ROLLBACK TO fails and the survivors go round once more.
    const results = await Promise.allSettled([
      queue.enqueue([insert("a")]),
      queue.enqueue([insert("b"), insert("a")]),
      queue.enqueue(["ROLLBACK"]),
      queue.enqueue([insert("c")]),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(await items()).toEqual(["a", "c"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 2, failed: 2, rollbacks: 2, merged: 0 });
  });

  it("rejects every job of a group whose COMMIT fails, and goes on afterwards", async () => {
    const { queue, items } = await recordedQueue();
    // A deferred foreign key is checked only at COMMIT, so COMMIT itself fails.
    const results = await Promise.allSettled([
      queue.enqueue(["INSERT INTO children VALUES ('nobody')"]),
      queue.enqueue([insert("a")]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/FOREIGN KEY constraint failed/);
    await queue.enqueue([insert("b")]);
    expect(await items()).toEqual(["b"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 1, failed: 2, rollbacks: 0, merged: 0 });
  });

  it("never puts more than maxGroupSize jobs in one commit", async () => {
    const { queue } = await recordedQueue(2);
    await Promise.all(["a", "b", "c", "d", "e"].map((id) => queue.enqueue([insert(id)])));
    expect(queue.stats()).toEqual({ commits: 3, batches: 5, failed: 0, rollbacks: 0, merged: 0 });
  });

  it("runs exclusive work alone, between the jobs queued before and after it", async () => {
    const { queue, log } = await recordedQueue();
    const results = await Promise.all([
      queue.enqueue([insert("a")]),
      queue.exclusive(async () => {
        log.push("exclusive");
        return 42;
      }),
      queue.enqueue([insert("b")]),
    ]);
    expect(results[1]).toBe(42);
    expect(log).toEqual(["BEGIN IMMEDIATE", "COMMIT", "exclusive", "BEGIN IMMEDIATE", "COMMIT"]);
  });

  it("answers the jobs queued before close and rejects those after", async () => {
    const { queue, items } = await recordedQueue();
    const queued = queue.enqueue([insert("a")]);
    const closed = queue.close();
    await expect(queue.enqueue([insert("b")])).rejects.toThrow(/closed/);
    await queued;
    await closed;
    expect(await items()).toEqual(["a"]);
  });
});
