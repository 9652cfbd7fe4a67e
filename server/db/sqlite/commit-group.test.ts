import { afterEach, describe, expect, it } from "vitest";
import { commitGroup } from "./commit-group";
import { insert, recordedWriter } from "./recorded-writer";

let writer: ReturnType<typeof recordedWriter>;
afterEach(() => writer.close());

const statuses = (result: ReturnType<typeof commitGroup>) =>
  result.outcomes.map((outcome) => ("results" in outcome ? "committed" : "refused"));

describe("commitGroup", () => {
  it("commits every job in one transaction, each in its own savepoint", () => {
    writer = recordedWriter();
    const result = commitGroup(writer.executor, [[insert("a")], [insert("b"), insert("c")]]);
    expect(result).toEqual({
      outcomes: [{ results: [1] }, { results: [1, 1] }],
      committed: true,
      rollbacks: 0,
    });
    expect(writer.log).toEqual([
      "BEGIN IMMEDIATE",
      ...["SAVEPOINT job", "RELEASE job", "SAVEPOINT job", "RELEASE job"],
      "COMMIT",
    ]);
    expect(writer.items()).toEqual(["a", "b", "c"]);
  });

  it("refuses a failing job alone and undoes its earlier statements, while the rest commit", () => {
    writer = recordedWriter();
    const result = commitGroup(writer.executor, [[insert("a")], [insert("b"), insert("a")], [insert("c")]]);
    expect(statuses(result)).toEqual(["committed", "refused", "committed"]);
    const refused = result.outcomes[1] as { error: Error };
    expect(refused.error.message).toMatch(/UNIQUE constraint failed: items.id/);
    expect(writer.log).toContain("ROLLBACK TO job");
    expect(writer.log.filter((sql) => sql === "COMMIT")).toHaveLength(1);
    expect(writer.items()).toEqual(["a", "c"]);
    expect(result).toMatchObject({ committed: true, rollbacks: 0 });
  });

  it("starts again without the job whose failure ended the whole transaction", () => {
    writer = recordedWriter();
    // A stray ROLLBACK ends the transaction under the group, taking job a's insert with it: ROLLBACK
    // TO then fails, and the group runs again without the culprit.
    const result = commitGroup(writer.executor, [[insert("a")], ["ROLLBACK"], [insert("c")]]);
    expect(statuses(result)).toEqual(["committed", "refused", "committed"]);
    expect(writer.items()).toEqual(["a", "c"]);
    expect(result).toMatchObject({ committed: true, rollbacks: 1 });
    expect(writer.log.filter((sql) => sql === "BEGIN IMMEDIATE")).toHaveLength(2);
  });

  it("refuses every job of a group whose COMMIT fails, leaving no transaction open", () => {
    writer = recordedWriter();
    // A deferred foreign key is checked only at COMMIT, so COMMIT itself fails.
    writer.executor.control("PRAGMA foreign_keys=ON");
    const result = commitGroup(writer.executor, [["INSERT INTO children VALUES ('nobody')"], [insert("a")]]);
    expect(statuses(result)).toEqual(["refused", "refused"]);
    expect((result.outcomes[1] as { error: Error }).error.message).toMatch(/FOREIGN KEY constraint failed/);
    expect(result.committed).toBe(false);
    expect(writer.log.at(-1)).toBe("ROLLBACK");
    const next = commitGroup(writer.executor, [[insert("b")]]);
    expect(next.committed).toBe(true);
    expect(writer.items()).toEqual(["b"]);
  });

  it("refuses the whole group when the transaction cannot begin", () => {
    writer = recordedWriter();
    writer.executor.control("BEGIN"); // someone else's transaction is open on this connection
    const result = commitGroup(writer.executor, [[insert("a")], [insert("b")]]);
    expect(statuses(result)).toEqual(["refused", "refused"]);
    expect(result.committed).toBe(false);
  });
});
