import type { Query, QueryResult } from "./connection";
import type { Coalesced } from "./write-queue";

// One group commit of 50 submissions is ~100 statements, and node-sqlite3 runs each one as its own
// round trip to the libuv pool and back through the event loop, where it waits behind whatever
// requests the main thread is handling. Those waits, not the fsync or the CPU, capped durable
// submissions (the machine sat 40 % idle). Merged, a group is a handful of round trips whatever its size.
//
// Merging is only attempted for statements whose meaning cannot change: drizzle's plain multi-row
// inserts (placeholders and nulls, no ON CONFLICT, no RETURNING) and deletes by one key column. Rows
// travel as one JSON array read with json_each, so a merged statement has one fixed text (prepared
// once, cached) and no parameter limit. Anything else, and the group runs statement by statement.

const TUPLE = String.raw`\((?:\?|null)(?:, (?:\?|null))*\)`;
const INSERT = new RegExp(
  String.raw`^insert into ("\w+") \(("\w+"(?:, "\w+")*)\) values (${TUPLE}(?:, ${TUPLE})*)$`,
);
const KEY_DELETE = /^delete from ("\w+") where \1\.("\w+") = \?$/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Merge = { kind: "insert" | "delete"; table: string; sql: string; rows: unknown[][] };

// JSON carries these exactly: strings without NUL (SQLite's text functions stop at one) or lone
// surrogates, safe integers and null. A float, a blob or a bigint keeps the statement-by-statement path.
function jsonSafe(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === "string") return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
  return Number.isSafeInteger(value);
}

function insertSql(table: string, columns: string): string {
  const picks = columns.split(", ").map((_, index) => `value ->> ${index}`);
  return `insert into ${table} (${columns}) select ${picks.join(", ")} from json_each(?)`;
}

// Each row as the values of every column: drizzle writes `null` in place of a placeholder for a
// value a row leaves out, so rows of one insert differ in shape; a bound null means the same.
function rowsOf(values: string, params: readonly unknown[]): unknown[][] | undefined {
  let next = 0;
  const rows = values
    .slice(1, -1)
    .split("), (")
    .map((tuple) => tuple.split(", ").map((token) => (token === "?" ? params[next++] : null)));
  return next === params.length ? rows : undefined;
}

/** Splits one statement into the merges it feeds, or undefined when it cannot be merged. */
function parse(query: Query): { key: string; merge: Omit<Merge, "rows">; rows: unknown[][] } | undefined {
  if (query.method !== "run" || !query.params.every(jsonSafe)) return undefined;
  const deletion = KEY_DELETE.exec(query.sql);
  if (deletion) {
    const [, table = "", column = ""] = deletion;
    const sql = `delete from ${table} where ${column} in (select value from json_each(?))`;
    return { key: query.sql, merge: { kind: "delete", table, sql }, rows: [query.params] };
  }
  const insert = INSERT.exec(query.sql);
  if (!insert) return undefined;
  const [, table = "", columns = "", values = ""] = insert;
  const rows = rowsOf(values, query.params);
  if (!rows) return undefined;
  const sql = insertSql(table, columns);
  return { key: sql, merge: { kind: "insert", table, sql }, rows };
}

/**
 * The statements of `jobs` (each job's statements in order) as one statement per insert shape, in the
 * order the shapes first appear, then one per keyed delete; or undefined when that could change what
 * the group does. It could when a statement is not mergeable, when a job inserts into two tables in the
 * opposite order to another job (a foreign key may need the first), or when the group deletes from a
 * table it inserts into. Rows keep job order, so rowids are assigned as they would be one by one.
 */
export function coalesceWrites(
  jobs: readonly (readonly Query[])[],
): Coalesced<Query, QueryResult> | undefined {
  // A Map keeps insertion order: the order in which the shapes first appear.
  const merges = new Map<string, Merge & { position: number }>();
  for (const job of jobs) {
    let last = -1;
    for (const query of job) {
      const parsed = parse(query);
      if (!parsed) return undefined;
      let merge = merges.get(parsed.key);
      if (!merge) {
        merge = { ...parsed.merge, rows: [], position: merges.size };
        merges.set(parsed.key, merge);
      }
      if (merge.kind === "insert" && merge.position < last) return undefined;
      last = Math.max(last, merge.position);
      merge.rows.push(...parsed.rows);
    }
  }
  const all = [...merges.values()];
  const inserted = new Set(all.filter((m) => m.kind === "insert").map((m) => m.table));
  if (all.some((m) => m.kind === "delete" && inserted.has(m.table))) return undefined;
  const statement = (m: Merge): Query => ({
    sql: m.sql,
    params: [JSON.stringify(m.kind === "delete" ? m.rows.map((row) => row[0]) : m.rows)],
    method: "run",
  });
  return {
    statements: [...all.filter((m) => m.kind === "insert"), ...all.filter((m) => m.kind === "delete")].map(
      statement,
    ),
    results: jobs.map((job) => job.map(() => ({ rows: [] }))),
  };
}
