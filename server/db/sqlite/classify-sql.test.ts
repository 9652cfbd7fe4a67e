import { describe, expect, it } from "vitest";
import { isPlainRead, isTransactionControl } from "./classify-sql";

describe("isPlainRead", () => {
  it("accepts selects and read-only common table expressions", () => {
    expect(isPlainRead('select "id" from "responses" where "id" = ?')).toBe(true);
    expect(isPlainRead("  WITH t AS (SELECT 1) SELECT * FROM t")).toBe(true);
  });

  it("sends every statement that may write to the writer", () => {
    expect(isPlainRead('insert into "responses" values (?)')).toBe(false);
    expect(isPlainRead("with t as (select 1) insert into x select * from t")).toBe(false);
    expect(isPlainRead("select replace(title, 'a', 'b') from surveys")).toBe(false);
    expect(isPlainRead("pragma journal_mode")).toBe(false);
    expect(isPlainRead("begin immediate")).toBe(false);
  });

  it("does not mistake a word that merely contains a keyword for a write", () => {
    expect(isPlainRead('select "updated_on", "deleted" from "surveys"')).toBe(true);
  });
});

describe("isTransactionControl", () => {
  it("recognises statements that start, end or nest a transaction", () => {
    for (const sql of [
      "begin",
      " BEGIN IMMEDIATE",
      "commit",
      "end transaction",
      "rollback",
      "savepoint a",
      "release a",
    ]) {
      expect(isTransactionControl(sql)).toBe(true);
    }
  });

  it("leaves ordinary statements alone", () => {
    expect(isTransactionControl('insert into "releases" values (?)')).toBe(false);
    expect(isTransactionControl("select 'commit'")).toBe(false);
  });
});

describe("EXPLAIN", () => {
  it("is a read, even of a write, because it never runs the statement", () => {
    expect(isPlainRead("explain query plan INSERT INTO t SELECT 1")).toBe(true);
    expect(isPlainRead("EXPLAIN QUERY PLAN SELECT * FROM t")).toBe(true);
  });
});
