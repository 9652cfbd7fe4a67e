import sqlite3 from "sqlite3";
import { createStatementCache } from "./statement-cache";

/** How drizzle's sqlite-proxy asks for a statement's result. */
export type QueryMethod = "run" | "all" | "values" | "get";

/** One statement as the proxy hands it over. */
export type Query = { sql: string; params: unknown[]; method: QueryMethod };

/**
 * A result in the proxy's shape: rows as arrays of values in column order; for `get` the one row itself,
 * or undefined when there is none (typed as the proxy types it).
 */
export type QueryResult = { rows: unknown[] };

/** One node-sqlite3 connection with promise-returning calls and a prepared statement cache. */
export type Connection = {
  /** Runs one statement through the cache and returns its rows in the proxy's shape. */
  query(query: Query): Promise<QueryResult>;
  /** Runs SQL text that may hold several statements and takes no parameters (pragmas, migrations). */
  exec(sql: string): Promise<void>;
  /** Waits for running queries, finalizes the cached statements and closes the connection. */
  close(): Promise<void>;
};

type Row = Record<string, unknown>;

// node-sqlite3 returns each row as an object keyed by column name and has no raw/array mode
// (TryGhost/node-sqlite3#443), while the proxy maps fields by position. Object.values gives the column
// order only if every result column name is unique and not an integer: two columns both named `id` (a
// join selecting `surveys.id` and `responses.id`) collapse into one and shift every later field, and
// objects list integer keys ("1") first. Alias such columns (sql`...`.as("survey_id")) in joins.
function toProxyRows(method: QueryMethod, rows: Row[]): QueryResult {
  if (method !== "get") return { rows: rows.map((row) => Object.values(row)) };
  const first = rows[0];
  return { rows: first === undefined ? (undefined as unknown as unknown[]) : Object.values(first) };
}

// `get` is answered from `all`: node-sqlite3's Statement#get leaves a cached statement un-reset, which
// keeps a read transaction open (pinning the reader to an old snapshot and blocking checkpoints), and it
// skips re-running a statement without parameters that last returned no row.
function runStatement(statement: sqlite3.Statement, { params, method }: Query): Promise<QueryResult> {
  return new Promise((resolve, reject) => {
    if (method === "run") {
      statement.run(params, (error: Error | null) => (error ? reject(error) : resolve({ rows: [] })));
    } else {
      statement.all<Row>(params, (error, rows) =>
        error ? reject(error) : resolve(toProxyRows(method, rows)),
      );
    }
  });
}

/** Opens `file` (read-write and created if missing, or read-only) with `cacheSize` cached statements. */
export async function openConnection(
  file: string,
  options: { readOnly: boolean; cacheSize: number },
): Promise<Connection> {
  // FULLMUTEX because node-sqlite3 runs calls on the libuv pool, several at once on one connection.
  const access = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, access | sqlite3.OPEN_FULLMUTEX, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
  const cache = createStatementCache(raw, options.cacheSize);
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    const forget = () => running.delete(work);
    work.then(forget, forget);
    return work;
  };

  return {
    query: (query) => track(cache.with(query.sql, (statement) => runStatement(statement, query))),
    exec: (sql) =>
      track(
        new Promise<void>((resolve, reject) => raw.exec(sql, (error) => (error ? reject(error) : resolve()))),
      ),
    async close() {
      await Promise.allSettled([...running]);
      await cache.clear();
      await new Promise<void>((resolve, reject) => raw.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
