import type { DatabaseSync, StatementSync } from "node:sqlite";

/** Prepared statements of one connection, keyed by SQL, least recently used first out. */
export type StatementCache = {
  /** The prepared statement for `sql`, prepared on first use; it returns rows as arrays. */
  get(sql: string): StatementSync;
  /** Forgets every statement (the connection finalizes them when it closes). */
  clear(): void;
};

/**
 * Keeps up to `capacity` statements prepared on `connection`: drizzle sends the same few SQL texts
 * over and over, and preparing is a parse and plan each time. A statement that fails to prepare
 * (its table does not exist yet, say) throws and is not kept.
 */
export function createStatementCache(connection: DatabaseSync, capacity: number): StatementCache {
  const limit = Math.max(1, capacity);
  // A Map iterates in insertion order, so re-inserting on use keeps the least recent first.
  const entries = new Map<string, StatementSync>();
  return {
    get(sql) {
      let statement = entries.get(sql);
      if (statement) {
        entries.delete(sql);
      } else {
        statement = connection.prepare(sql);
        // Rows in column order, as the proxy maps fields by position: objects keyed by column name
        // would merge two columns both named `id` and list integer-like names first.
        statement.setReturnArrays(true);
      }
      entries.set(sql, statement);
      if (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return statement;
    },
    clear() {
      entries.clear();
    },
  };
}
