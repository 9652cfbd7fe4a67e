import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type AsyncBatchRemoteCallback, type AsyncRemoteCallback, drizzle } from "drizzle-orm/sqlite-proxy";
import { migrate as migrateProxy } from "drizzle-orm/sqlite-proxy/migrator";
import type { Db } from "../db";
import { markFoldsOnCommit, ROLLUP_FOLD_SQL } from "../queries/rollups-fold";
import * as schema from "../schema";
import { applyMigration } from "./apply-migration";
import { isPlainRead, isTransactionControl } from "./classify-sql";
import { coalesceReads } from "./coalesce-reads";
import { coalesceWrites } from "./coalesce-writes";
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

/**
 * Write-queue counters, the statements answered by the reader connection, and how many of those shared
 * a run with an identical read that waited beside them.
 */
export type SqliteStats = WriteQueueStats & { reads: number; sharedReads: number };

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
  const writer = await openConnection(file, { readOnly: false, cacheSize: options.statementCacheSize });
  // busy_timeout first: switching to WAL needs a lock another process may hold.
  await writer.exec(`PRAGMA busy_timeout=${options.busyTimeoutMs}; PRAGMA journal_mode=WAL;
    PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;`);
  return writer;
}

async function openReader(file: string, options: Required<SqliteOptions>): Promise<Connection> {
  const reader = await openConnection(file, { readOnly: true, cacheSize: options.statementCacheSize });
  await reader.exec(`PRAGMA busy_timeout=${options.busyTimeoutMs}; PRAGMA foreign_keys=ON;`);
  return reader;
}

/**
 * Opens (creating if needed) the SQLite file behind the Node server. Plain reads go to a read-only
 * connection; every other statement and every batch goes through one group-commit write queue.
 */
export async function openSqlite(file: string, options: SqliteOptions = {}): Promise<SqliteDatabase> {
  const settings = { busyTimeoutMs: 5000, statementCacheSize: 256, maxGroupSize: 512, ...options };
  // An in-memory database exists once per connection, so the writer serves its reads too.
  const inMemory = file === ":memory:" || file === "";
  if (!inMemory) await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const writer = await openWriter(file, settings);
  // Opened only after the writer has set WAL: a read-only connection cannot change the journal mode.
  const reader = inMemory ? undefined : await openReader(file, settings);
  const queue = createWriteQueue<Query, QueryResult>(
    {
      // One statement is prepared and cached like any other: a third cheaper than exec, which parses
      // every time. The end of a group (fold and COMMIT) is several, run by exec in one round trip.
      control: (sql) =>
        sql.includes(";")
          ? writer.exec(sql)
          : writer.query({ sql, params: [], method: "run" }).then(() => undefined),
      execute: (statement) => writer.query(statement),
    },
    {
      maxGroupSize: settings.maxGroupSize,
      // The rollups are summed once per group commit, not once per response.
      afterGroup: ROLLUP_FOLD_SQL,
      coalesce: coalesceWrites,
    },
  );
  const reads = reader ? coalesceReads((query) => reader.query(query)) : undefined;
  let readCount = 0;
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
    if (reads && isPlainRead(sql)) {
      readCount++;
      return reads.read({ sql, params, method });
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
  // Tells storeResponse that this database folds rollups itself (D1 folds in each batch instead).
  markFoldsOnCommit(db);

  return {
    db,
    async migrate(migrationsFolder) {
      const apply = (queries: string[]) => queue.exclusive(() => applyMigration(writer, queries));
      await migrateProxy(db, apply, { migrationsFolder });
    },
    stats: () => ({ ...queue.stats(), reads: readCount, sharedReads: reads?.stats().shared ?? 0 }),
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
