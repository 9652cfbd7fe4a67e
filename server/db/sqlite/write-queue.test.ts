import { afterEach, describe, expect, it } from "vitest";
import { commitGroup } from "./commit-group";
import { insert, recordedWriter } from "./recorded-writer";
import { createWriteQueue } from "./write-queue";

let writer: ReturnType<typeof recordedWriter>;
afterEach(() => writer.close());

/**
 * A queue over a real (in-memory, synchronous) writer, as the worker runs it, with a log of the groups
 * sent and a gate that can hold a group's answer, as a slow fsync would.
 */
function gatedQueue(maxGroupSize?: number) {
  writer = recordedWriter();
  const groups: string[][][] = [];
  let hold: Promise<void> | undefined;
  let reached: () => void = () => undefined;
  const queue = createWriteQueue<string, number>(
    async (jobs) => {
      groups.push(jobs);
      const result = commitGroup(writer.executor, jobs);
      reached();
      await hold;
      return result;
    },
    { maxGroupSize },
  );
  /** Holds the next group's answer until `release`; `committed` resolves once it has committed. */
  const gate = () => {
    let release: () => void = () => undefined;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const committed = new Promise<void>((resolve) => {
      reached = resolve;
    });
    return { committed, release };
  };
  return { queue, groups, gate };
}

describe("createWriteQueue", () => {
  it("sends the jobs of one turn of the event loop as one group", async () => {
    const { queue, groups } = gatedQueue();
    expect(await Promise.all(["a", "b", "c"].map((id) => queue.enqueue([insert(id)])))).toEqual([
      [1],
      [1],
      [1],
    ]);
    expect(groups).toHaveLength(1);
    expect(queue.stats()).toEqual({ commits: 1, batches: 3, failed: 0, rollbacks: 0 });
    expect(writer.items()).toEqual(["a", "b", "c"]);
  });

  it("answers no one before the group's answer, and gathers jobs arriving meanwhile into the next", async () => {
    const { queue, groups, gate } = gatedQueue();
    const held = gate();
    let answered = false;
    const first = queue.enqueue([insert("a")]).then(() => {
      answered = true;
    });
    await held.committed;
    const later = ["b", "c", "d"].map((id) => queue.enqueue([insert(id)]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    held.release();
    await Promise.all([first, ...later]);
    expect(groups.map((group) => group.length)).toEqual([1, 3]);
    expect(queue.stats()).toMatchObject({ commits: 2, batches: 4 });
  });

  it("rejects the refused jobs with their own error and resolves the others", async () => {
    const { queue } = gatedQueue();
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
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/UNIQUE constraint failed/);
    expect(writer.items()).toEqual(["a", "c"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 2, failed: 2, rollbacks: 1 });
  });

  it("rejects a whole group when committing it throws, and goes on afterwards", async () => {
    let calls = 0;
    writer = recordedWriter();
    const queue = createWriteQueue<string, number>(async (jobs) => {
      if (calls++ === 0) throw new Error("the database worker ended");
      return commitGroup(writer.executor, jobs);
    });
    const first = await Promise.allSettled([queue.enqueue([insert("a")]), queue.enqueue([insert("b")])]);
    expect(first.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    await queue.enqueue([insert("c")]);
    expect(writer.items()).toEqual(["c"]);
    expect(queue.stats()).toEqual({ commits: 1, batches: 1, failed: 2, rollbacks: 0 });
  });

  it("never puts more than maxGroupSize jobs in one group", async () => {
    const { queue, groups } = gatedQueue(2);
    await Promise.all(["a", "b", "c", "d", "e"].map((id) => queue.enqueue([insert(id)])));
    expect(groups.map((group) => group.length)).toEqual([2, 2, 1]);
    expect(queue.stats()).toEqual({ commits: 3, batches: 5, failed: 0, rollbacks: 0 });
  });

  it("runs exclusive work alone, between the jobs queued before and after it", async () => {
    const { queue, groups } = gatedQueue();
    const order: string[] = [];
    const results = await Promise.all([
      queue.enqueue([insert("a")]).then(() => order.push("a")),
      queue.exclusive(async () => {
        order.push(`exclusive after ${groups.length} group`);
        return 42;
      }),
      queue.enqueue([insert("b")]).then(() => order.push("b")),
    ]);
    expect(results[1]).toBe(42);
    expect(order).toEqual(["a", "exclusive after 1 group", "b"]);
    expect(groups).toHaveLength(2);
  });

  it("answers the jobs queued before close and rejects those after", async () => {
    const { queue } = gatedQueue();
    const queued = queue.enqueue([insert("a")]);
    const closed = queue.close();
    await expect(queue.enqueue([insert("b")])).rejects.toThrow(/closed/);
    await queued;
    await closed;
    expect(writer.items()).toEqual(["a"]);
  });
});
