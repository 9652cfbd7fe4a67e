import { DatabaseSync } from "node:sqlite";
import type { SyncExecutor } from "./commit-group";

/**
 * A writer for commit-group tests: a real in-memory database (node:sqlite, synchronous, as in the
 * worker) whose executor logs the transaction-control statements it runs.
 */
export function recordedWriter() {
  const database = new DatabaseSync(":memory:");
  database.exec(`CREATE TABLE items (id TEXT PRIMARY KEY);
    CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE children (parent TEXT REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED);`);
  const log: string[] = [];
  const executor: SyncExecutor<string, number> = {
    control(sql) {
      log.push(sql);
      database.exec(sql);
    },
    execute: (sql) => Number(database.prepare(sql).run().changes),
  };
  const items = () =>
    database
      .prepare("SELECT id FROM items ORDER BY id")
      .all()
      .map((row) => row.id);
  return { executor, log, items, close: () => database.close() };
}

/** The SQL that inserts item `id`. */
export const insert = (id: string) => `INSERT INTO items VALUES ('${id}')`;
