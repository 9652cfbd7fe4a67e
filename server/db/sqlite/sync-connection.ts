import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { createStatementCache } from "./statement-cache";
import type { Query, QueryResult, WorkerSettings } from "./worker-protocol";

/** One node:sqlite connection, used only inside its database worker (calls block until SQLite returns). */
export type SyncConnection = {
  /** Runs one statement through the statement cache and returns its rows in the proxy's shape. */
  run(query: Query): QueryResult;
  /** Runs SQL text that may hold several statements and takes no parameters (pragmas, migrations). */
  exec(sql: string): void;
  close(): void;
};

// node:sqlite binds null, numbers, bigints, strings and bytes; drizzle may also hand over booleans
// (older Node versions refuse them) and, in principle, undefined.
function bindable(value: unknown): SQLInputValue {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value as SQLInputValue;
}

/** Opens `file` read-write (created if missing) or read-only, with `cacheSize` cached statements. */
export function openSyncConnection(settings: WorkerSettings): SyncConnection {
  const database = new DatabaseSync(settings.file, {
    readOnly: settings.readOnly,
    timeout: settings.busyTimeoutMs,
  });
  const cache = createStatementCache(database, settings.cacheSize);
  return {
    run({ sql, params, method }) {
      const statement = cache.get(sql);
      const values = params.map(bindable);
      if (method === "run") {
        statement.run(...values);
        return { rows: [] };
      }
      if (method === "get") return { rows: statement.get(...values) as unknown as unknown[] };
      return { rows: statement.all(...values) as unknown as unknown[] };
    },
    exec: (sql) => database.exec(sql),
    close() {
      cache.clear();
      database.close();
    },
  };
}
