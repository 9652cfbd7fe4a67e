import type sqlite3 from "sqlite3";

type Entry = {
  ready: Promise<sqlite3.Statement>;
  inUse: number;
  evicted: boolean;
  finalized?: Promise<void>;
};

/** Prepared statements of one connection, keyed by SQL, least recently used first out. */
export type StatementCache = {
  /** Runs `use` with the prepared statement for `sql`, preparing it on first use. */
  with<T>(sql: string, use: (statement: sqlite3.Statement) => Promise<T>): Promise<T>;
  /** Finalizes every statement (call once no query runs); the connection can then close. */
  clear(): Promise<void>;
};

/**
 * Keeps up to `capacity` statements prepared on `connection`: preparing is a thread-pool round trip and
 * a parse, which drizzle through the proxy would otherwise pay on every query (~37 % of a write).
 */
export function createStatementCache(connection: sqlite3.Database, capacity: number): StatementCache {
  const limit = Math.max(1, capacity);
  // A Map iterates in insertion order, so re-inserting on use keeps the least recent first.
  const entries = new Map<string, Entry>();
  // Evicted while a query still used them: sqlite3_close fails while any statement is unfinalized.
  const retiring = new Set<Entry>();

  // Never finalize under a running query: the last user of an evicted statement finalizes it.
  const release = (entry: Entry) => {
    if (!entry.evicted || entry.inUse > 0 || entry.finalized) return;
    entry.finalized = entry.ready.then(
      (statement) => new Promise<void>((resolve) => statement.finalize(() => resolve())),
      () => undefined,
    );
    void entry.finalized.then(() => retiring.delete(entry));
  };

  const evict = (sql: string, entry: Entry) => {
    entries.delete(sql);
    entry.evicted = true;
    retiring.add(entry);
    release(entry);
  };

  const prepare = (sql: string): Entry => {
    const ready = new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement = connection.prepare(sql, (error: Error | null) =>
        error ? reject(error) : resolve(statement),
      );
    });
    const entry: Entry = { ready, inUse: 0, evicted: false };
    // A statement that failed to prepare (say, its table does not exist yet) must not stay cached.
    ready.catch(() => {
      if (entries.get(sql) === entry) entries.delete(sql);
    });
    return entry;
  };

  return {
    async with(sql, use) {
      let entry = entries.get(sql);
      if (entry) entries.delete(sql);
      else entry = prepare(sql);
      entries.set(sql, entry);
      for (const [oldest, old] of entries) {
        if (entries.size <= limit) break;
        evict(oldest, old);
      }
      entry.inUse++;
      try {
        return await use(await entry.ready);
      } finally {
        entry.inUse--;
        release(entry);
      }
    },
    async clear() {
      for (const [sql, entry] of entries) evict(sql, entry);
      await Promise.all([...retiring].map((entry) => entry.finalized));
    },
  };
}
