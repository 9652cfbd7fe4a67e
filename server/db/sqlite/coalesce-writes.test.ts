import { describe, expect, it } from "vitest";
import { coalesceWrites } from "./coalesce-writes";
import type { Query } from "./connection";

const run = (sql: string, params: unknown[]): Query => ({ sql, params, method: "run" });
const response = (id: string) =>
  run('insert into "responses" ("id", "survey_id", "event_label") values (?, ?, ?)', [id, "s", null]);
const answers = (id: string, values: string[]) =>
  run(
    `insert into "answers" ("response_id", "value", "closed_on") values ${values.map(() => "(?, ?, null)").join(", ")}`,
    values.flatMap((value) => [id, value]),
  );
const deleteDraft = (id: string) => run('delete from "drafts" where "drafts"."id" = ?', [id]);

describe("coalesceWrites", () => {
  it("merges the group into one insert per table, in the order tables first appear, then the deletes", () => {
    const merged = coalesceWrites([
      [response("r1"), answers("r1", ["a", "b"]), deleteDraft("d1")],
      [response("r2"), answers("r2", ["c"]), deleteDraft("d2")],
    ]);
    expect(merged?.statements).toEqual([
      run(
        'insert into "responses" ("id", "survey_id", "event_label") select value ->> 0, value ->> 1, value ->> 2 from json_each(?)',
        [
          JSON.stringify([
            ["r1", "s", null],
            ["r2", "s", null],
          ]),
        ],
      ),
      run(
        'insert into "answers" ("response_id", "value", "closed_on") select value ->> 0, value ->> 1, value ->> 2 from json_each(?)',
        [
          JSON.stringify([
            ["r1", "a", null],
            ["r1", "b", null],
            ["r2", "c", null],
          ]),
        ],
      ),
      run('delete from "drafts" where "id" in (select value from json_each(?))', [
        JSON.stringify(["d1", "d2"]),
      ]),
    ]);
    expect(merged?.results).toEqual([
      [{ rows: [] }, { rows: [] }, { rows: [] }],
      [{ rows: [] }, { rows: [] }, { rows: [] }],
    ]);
  });

  it.each([
    ["an upsert", run('insert into "t" ("a") values (?) on conflict do nothing', [1])],
    ["an insert that returns rows", run('insert into "t" ("a") values (?) returning "a"', [1])],
    ["an update", run('update "t" set "a" = ? where "t"."id" = ?', [1, 2])],
    [
      "a statement read for its rows",
      { sql: 'insert into "t" ("a") values (?)', params: [1], method: "all" } as Query,
    ],
    ["a float, which JSON may not carry exactly", run('insert into "t" ("a") values (?)', [0.1])],
    [
      "text with NUL, which SQLite's JSON text would cut",
      run('insert into "t" ("a") values (?)', ["a\u0000b"]),
    ],
    ["text with a lone surrogate", run('insert into "t" ("a") values (?)', ["\ud800"])],
    ["a blob", run('insert into "t" ("a") values (?)', [new Uint8Array([1])])],
  ])("leaves a group with %s to run statement by statement", (_, query) => {
    expect(coalesceWrites([[response("r1")], [query]])).toBeUndefined();
  });

  it("refuses jobs that insert into two tables in opposite orders (a foreign key may need the first)", () => {
    expect(
      coalesceWrites([
        [response("r1"), answers("r1", ["a"])],
        [answers("r2", ["b"]), response("r2")],
      ]),
    ).toBeUndefined();
  });

  it("refuses a group that deletes from a table it also inserts into", () => {
    const draft = run('insert into "drafts" ("id") values (?)', ["d3"]);
    expect(coalesceWrites([[draft], [deleteDraft("d1")]])).toBeUndefined();
  });
});
