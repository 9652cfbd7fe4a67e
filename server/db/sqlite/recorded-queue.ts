import { type Connection, openConnection, type QueryResult } from "./connection";
import { createWriteQueue } from "./write-queue";

// A real in-memory connection; the executor only records the control statements and can hold COMMIT.
const open: Connection[] = [];

/** Closes the connections of every queue made so far (run after each test). */
export async function closeRecordedQueues(): Promise<void> {
  await Promise.all(open.splice(0).map((connection) => connection.close()));
}

/** A write queue over a fresh in-memory database, with its control statements logged. */
export async function recordedQueue(maxGroupSize?: number) {
  const connection = await openConnection(":memory:", { readOnly: false, cacheSize: 16 });
  open.push(connection);
  await connection.exec(`PRAGMA foreign_keys=ON; CREATE TABLE items (id TEXT PRIMARY KEY);
    CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE children (parent TEXT REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED);`);
  const log: string[] = [];
  let holdCommit: Promise<void> | undefined;
  let commitReached: () => void = () => undefined;
  const queue = createWriteQueue<string, QueryResult>(
    {
      async control(sql) {
        log.push(sql);
        if (sql === "COMMIT") {
          commitReached();
          await holdCommit;
        }
        await connection.exec(sql);
      },
      execute: (sql) => connection.query({ sql, params: [], method: "run" }),
    },
    { maxGroupSize },
  );
  const items = async () =>
    (
      await connection.query({ sql: "SELECT id FROM items ORDER BY id", params: [], method: "values" })
    ).rows.flat();
  /** Holds the next COMMIT until the returned release is called; `reached` resolves when it is sent. */
  const gateCommit = () => {
    let release: () => void = () => undefined;
    holdCommit = new Promise((resolve) => {
      release = resolve;
    });
    const reached = new Promise<void>((resolve) => {
      commitReached = resolve;
    });
    return { reached, release };
  };
  return { queue, log, items, gateCommit };
}

/** The SQL that inserts item `id`. */
export const insert = (id: string) => `INSERT INTO items VALUES ('${id}')`;
