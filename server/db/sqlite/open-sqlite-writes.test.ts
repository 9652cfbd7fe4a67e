import { DatabaseSync } from "node:sqlite";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "../schema";
import { openTempDatabase, sampleResponse, type TempDatabase, writeResponse } from "./temp-database";

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.dispose();
});

const ids = (count: number, prefix = "r") => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("openSqlite writes", () => {
  it("commits 500 concurrent batches, all present, in far fewer commits than writes", async () => {
    const before = temp.sqlite.stats();
    await Promise.all(ids(500).map((id) => writeResponse(temp.db, id)));
    const after = temp.sqlite.stats();
    expect(await temp.db.$count(responses)).toBe(500);
    expect(await temp.db.$count(answers)).toBe(1500);
    expect(after.batches - before.batches).toBe(500);
    expect(after.commits - before.commits).toBeLessThan(10);
  });

  it("acknowledges a write only once another connection can already see it", async () => {
    // node:sqlite is synchronous, so the check runs in the very callback that receives the answer:
    // an asynchronous check could pass because the commit landed after the answer.
    const observer = new DatabaseSync(temp.file, { readOnly: true });
    const visible = observer.prepare("select count(*) as n from responses where id = ?");
    try {
      const seen = await Promise.all(
        ids(200).map((id) =>
          writeResponse(temp.db, id).then(() => (visible.get(id) as { n: number }).n === 1),
        ),
      );
      expect(seen.every(Boolean)).toBe(true);
      expect(temp.sqlite.stats().commits).toBeLessThan(200);
    } finally {
      observer.close();
    }
  });

  it("rejects a failing batch alone and keeps no partial rows, while its group commits", async () => {
    const before = temp.sqlite.stats();
    const duplicateAnswer = { responseId: "bad", questionId: "q1", value: "yes" };
    const results = await Promise.allSettled([
      writeResponse(temp.db, "ok1"),
      temp.db.batch([
        temp.db.insert(responses).values(sampleResponse("bad")),
        temp.db.insert(answers).values([duplicateAnswer, duplicateAnswer]),
      ]),
      writeResponse(temp.db, "ok2"),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const failure = results[1] as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(Error);
    expect(failure.reason.message).toMatch(/UNIQUE constraint failed: answers\.response_id/);
    const rows = await temp.db.select({ id: responses.id }).from(responses).orderBy(responses.id);
    expect(rows.map((row) => row.id)).toEqual(["ok1", "ok2"]);
    expect(await temp.db.$count(answers, eq(answers.responseId, "bad"))).toBe(0);
    expect(temp.sqlite.stats().commits - before.commits).toBe(1);
  });

  it("surfaces sqlite's message for a single failing statement", async () => {
    const orphan = temp.db.insert(answers).values({ responseId: "missing", questionId: "q1", value: "x" });
    await expect(orphan).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/FOREIGN KEY constraint failed/) },
    });
  });
});

describe("openSqlite transaction control", () => {
  it("refuses statements that would end or nest the queue's transaction", async () => {
    await expect(temp.db.run(sql`commit`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/db\.batch/) },
    });
    await expect(temp.db.batch([temp.db.run(sql`rollback`)])).rejects.toThrow(/db\.batch/);
    expect(temp.sqlite.stats().failed).toBe(0);
  });
});
