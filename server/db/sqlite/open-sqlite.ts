import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type AsyncBatchRemoteCallback, type AsyncRemoteCallback, drizzle } from "drizzle-orm/sqlite-proxy";
import { migrate as migrateProxy } from "drizzle-orm/sqlite-proxy/migrator";
import type { Db } from "../db";
import { markFoldsOnCommit, ROLLUP_FOLD_SQL } from "../queries/rollups-fold";
import * as schema from "../schema";
import { isPlainRead, isTransactionControl } from "./classify-sql";
import { type Connection, openConnection, type Query, type QueryResult } from "./connection";
import { createWriteQueue, type WriteQueueStats } from "./write-queue";

/** Tuning for `openSqlite`; the defaults suit the server. */
export type SqliteOptions = {
  /** How long to wait for a lock another process holds (say `heard migrate`), in milliseconds. */
  busyTimeoutMs?: number;
  /** Prepared statements kept per connection. */
  statementCacheSize?: number;
  /** Most write jobs committed together; 1 turns group commit off (one transaction per write). */
  maxGroupSize?: number;
};

/** Write-queue counters plus the statements answered by the reader connection. */
export type SqliteStats = WriteQueueStats & { reads: number };

/** The embedded database: drizzle over one writer and one read-only connection. */
export type SqliteDatabase = {
  /** drizzle over both connections: what handlers get as `c.var.db`. */
  db: Db;
  /** Applies the pending drizzle-kit migrations in `migrationsFolder`, all in one transaction. */
  migrate(migrationsFolder: string): Promise<void>;
  /** Counters for tests and benchmarks. */
  stats(): SqliteStats;
  /** Answers the writes already queued, then closes both connections; later calls reject. */
  close(): Promise<void>;
};

const noRows: QueryResult = { rows: [] };

async function openWriter(file: string, options: Required<SqliteOptions>): Promise<Connection> {
  const { busyTimeoutMs, statementCacheSize: cacheSize } = options;
  // The busy timeout is set on open: switching to WAL needs a lock another process may hold.
  const writer = await openConnection(file, { readOnly: false, cacheSize, busyTimeoutMs });
  await writer.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  return writer;
}

async function openReader(file: string, options: Required<SqliteOptions>): Promise<Connection> {
  const { busyTimeoutMs, statementCacheSize: cacheSize } = options;
  const reader = await openConnection(file, { readOnly: true, cacheSize, busyTimeoutMs });
  await reader.exec("PRAGMA foreign_keys=ON;");
  return reader;
}

/**
 * Opens (creating if needed) the SQLite file behind the Node server. Plain reads go to a read-only
 * connection; every other statement and every batch goes through one group-commit write queue to the
 * writer. Each connection lives in its own worker thread (sqlite-worker.ts), so neither SQLite's work
 * nor the fsync of a commit ever blocks the event loop.
 */
export async function openSqlite(file: string, options: SqliteOptions = {}): Promise<SqliteDatabase> {
  const settings = { busyTimeoutMs: 5000, statementCacheSize: 256, maxGroupSize: 512, ...options };
  // An in-memory database exists once per connection, so the writer serves its reads too.
  const inMemory = file === ":memory:" || file === "";
  if (!inMemory) await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const writer = await openWriter(file, settings);
  // Opened only after the writer has set WAL: a read-only connection cannot change the journal mode.
  const reader = inMemory ? undefined : await openReader(file, settings);
  const queue = createWriteQueue<Query, QueryResult>((jobs) => writer.commitGroup(jobs), {
    maxGroupSize: settings.maxGroupSize,
    afterGroup: ROLLUP_FOLD_SQL.map((sql) => ({ sql, params: [], method: "run" as const })),
  });
  let reads = 0;
  let closing: Promise<void> | undefined;
  const assertOpen = () => {
    if (closing) throw new Error(`The database ${file} is closed; open it again to use it.`);
  };
  const assertNoTransactionControl = (sql: string) => {
    if (isTransactionControl(sql)) {
      throw new Error(`Transactions are the adapter's: write atomically with db.batch([...]), not "${sql}".`);
    }
  };

  const query: AsyncRemoteCallback = async (sql, params, method) => {
    assertOpen();
    // With no reader (in memory), reads queue too, so they never see a group that is not yet committed.
    if (reader && isPlainRead(sql)) {
      reads++;
      return reader.query({ sql, params, method });
    }
    assertNoTransactionControl(sql);
    const [result] = await queue.enqueue([{ sql, params, method }]);
    return result ?? noRows;
  };
  const batch: AsyncBatchRemoteCallback = async (statements) => {
    assertOpen();
    for (const statement of statements) assertNoTransactionControl(statement.sql);
    return queue.enqueue(statements);
  };
  const db = drizzle(query, batch, { schema });
  markFoldsOnCommit(db);

  return {
    db,
    async migrate(migrationsFolder) {
      const apply = (queries: string[]) => queue.exclusive(() => writer.migrate(queries));
      await migrateProxy(db, apply, { migrationsFolder });
    },
    stats: () => ({ ...queue.stats(), reads }),
    close() {
      closing ??= (async () => {
        await queue.close();
        // Reader first: the last connection to close checkpoints the WAL, and a read-only one cannot.
        await reader?.close();
        await writer.close();
      })();
      return closing;
    },
  };
}
