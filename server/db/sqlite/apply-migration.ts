import type { SyncConnection } from "./sync-connection";

/**
 * Runs drizzle-kit migration statements on the writer in one transaction, with foreign keys off and
 * checked before COMMIT. Runs inside the writer's worker, between groups, so no other transaction is open.
 */
export function applyMigration(writer: SyncConnection, statements: readonly string[]): void {
  if (statements.length === 0) return;
  // drizzle-kit changes a column by rebuilding the table (copy, DROP, rename) between PRAGMA
  // foreign_keys=OFF and ON. Inside a transaction those pragmas do nothing, so DROP TABLE responses
  // would run ON DELETE CASCADE and delete every answer. SQLite's recipe (lang_altertable.html, "other
  // kinds of table schema changes"): keys off outside the transaction, foreign_key_check before COMMIT.
  writer.exec("PRAGMA foreign_keys=OFF");
  try {
    writer.exec("BEGIN IMMEDIATE");
    try {
      // exec, not the statement cache: one migration chunk may hold several statements.
      for (const sql of statements) writer.exec(sql);
      const broken = writer.run({ sql: "PRAGMA foreign_key_check", params: [], method: "all" });
      if (broken.rows.length > 0) {
        throw new Error(
          `The migration would leave ${broken.rows.length} rows whose foreign key points nowhere.`,
        );
      }
      writer.exec("COMMIT");
    } catch (error) {
      try {
        writer.exec("ROLLBACK");
      } catch {
        // Already rolled back by SQLite.
      }
      throw error;
    }
  } finally {
    writer.exec("PRAGMA foreign_keys=ON");
  }
}
