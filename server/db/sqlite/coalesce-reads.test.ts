import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { responses } from "../schema";
import { coalesceReads } from "./coalesce-reads";
import type { Query, QueryResult } from "./connection";
import { openTempDatabase, type TempDatabase, writeResponse } from "./temp-database";

// A stand-in for one connection whose runs the test finishes by hand, to pin down who shares what.
function heldRuns() {
  const runs: { query: Query; finish(rows: unknown[]): void; fail(error: Error): void }[] = [];
  const run = (query: Query) =>
    new Promise<QueryResult>((resolve, reject) => {
      runs.push({ query, finish: (rows) => resolve({ rows }), fail: reject });
    });
  return { runs, run };
}

const byId = (id: unknown): Query => ({ sql: "select * from t where id = ?", params: [id], method: "all" });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("coalesceReads", () => {
  it("shares one run among identical reads that waited, but never joins a run already started", async () => {
    const { runs, run } = heldRuns();
    const { read, stats } = coalesceReads(run);
    const first = read(byId(1));
    const waiting = [read(byId(1)), read(byId(1)), read(byId(1))];
    expect(runs).toHaveLength(1);
    // Rows read before the first run started must not answer those who came after it started.
    runs[0]?.finish([["old"]]);
    await settle();
    expect(runs).toHaveLength(2);
    runs[1]?.finish([["new"]]);
    expect(await first).toEqual({ rows: [["old"]] });
    for (const result of await Promise.all(waiting)) expect(result).toEqual({ rows: [["new"]] });
    expect(stats()).toEqual({ runs: 2, shared: 2 });
  });

  it("runs reads with other parameters on their own, in the order they came", async () => {
    const { runs, run } = heldRuns();
    const { read } = coalesceReads(run);
    const reads = [read(byId(1)), read(byId(2)), read(byId(3)), read(byId(2))];
    for (let turn = 0; turn < 3; turn++) {
      runs[turn]?.finish([[`row ${JSON.stringify(runs[turn]?.query.params)}`]]);
      await settle();
    }
    expect(runs.map((r) => r.query.params)).toEqual([[1], [2], [3]]);
    expect(await Promise.all(reads)).toEqual([
      { rows: [["row [1]"]] },
      { rows: [["row [2]"]] },
      { rows: [["row [3]"]] },
      { rows: [["row [2]"]] },
    ]);
  });

  it("gives every sharer the error of a failed run, and carries on with the next", async () => {
    const { runs, run } = heldRuns();
    const { read } = coalesceReads(run);
    void read(byId(0));
    const failing = [read(byId(1)), read(byId(1))];
    const after = read(byId(2));
    runs[0]?.finish([]);
    await settle();
    runs[1]?.fail(new Error("disk I/O error"));
    for (const result of failing) await expect(result).rejects.toThrow("disk I/O error");
    await settle();
    runs[2]?.finish([["two"]]);
    expect(await after).toEqual({ rows: [["two"]] });
  });

  it("hands each sharer its own rows array, and never shares a read with a blob parameter", async () => {
    const { runs, run } = heldRuns();
    const { read } = coalesceReads(run);
    void read(byId(1));
    const [a, b] = [read(byId(1)), read(byId(1))];
    const blobs = [read(byId(Buffer.from("x"))), read(byId(Buffer.from("x")))];
    expect(runs).toHaveLength(3);
    runs[0]?.finish([]);
    await settle();
    runs[3]?.finish([["shared"]]);
    const [left, right] = await Promise.all([a, b]);
    expect(left?.rows).not.toBe(right?.rows);
    for (const held of runs.slice(1, 3)) held.finish([["blob"]]);
    expect(await Promise.all(blobs)).toEqual([{ rows: [["blob"]] }, { rows: [["blob"]] }]);
  });
});

describe("openSqlite reads under concurrency", () => {
  let temp: TempDatabase;
  afterEach(async () => {
    await temp.dispose();
  });

  it("answers 200 identical and differing reads at once, each with its own rows, sharing runs", async () => {
    temp = await openTempDatabase();
    for (const id of ["a", "b"]) await writeResponse(temp.db, id);
    const ids = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? "b" : i % 3 === 1 ? "a" : "none"));
    const results = await Promise.all(
      ids.map((id) => temp.db.select({ id: responses.id }).from(responses).where(eq(responses.id, id))),
    );
    results.forEach((rows, i) => {
      expect(rows).toEqual(ids[i] === "none" ? [] : [{ id: ids[i] }]);
    });
    expect(temp.sqlite.stats().sharedReads).toBeGreaterThan(100);
  });

  it("shows a read the write committed before it was asked, though an identical read was running", async () => {
    temp = await openTempDatabase();
    // The same statement twice: counting the responses, after a recursive count slow enough (hundreds
    // of milliseconds) that the write below commits while the first run is still going.
    // drizzle runs a query when it is awaited, so `.then` starts each one at once.
    const slowCount = () =>
      temp.db
        .values<[number, number]>(sql`select (select count(*) from responses),
          (with recursive c(x) as (select 1 union all select x + 1 from c where x < ${2_000_000})
           select count(*) from c)`)
        .then((rows) => rows[0]?.[0]);
    const running = slowCount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeResponse(temp.db, "committed");
    const asked = slowCount();
    // The first run took its snapshot before the write; the second was asked after it committed.
    expect(await running).toBe(0);
    expect(await asked).toBe(1);
  });
});
