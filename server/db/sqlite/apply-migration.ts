import type { Connection } from "./connection";

/**
 * Runs drizzle-kit migration statements on `writer` in one transaction, with foreign keys off and
 * checked before COMMIT. Call with no other transaction open (the write queue's `exclusive`).
 */
export async function applyMigration(writer: Connection, statements: readonly string[]): Promise<void> {
  if (statements.length === 0) return;
  // drizzle-kit changes a column by rebuilding the table (copy, DROP, rename) between PRAGMA
  // foreign_keys=OFF and ON. Inside a transaction those pragmas do nothing, so DROP TABLE responses
  // would run ON DELETE CASCADE and delete every answer. SQLite's recipe (lang_altertable.html, "other
  // kinds of table schema changes"): keys off outside the transaction, foreign_key_check before COMMIT.
  await writer.exec("PRAGMA foreign_keys=OFF");
  try {
    await writer.exec("BEGIN IMMEDIATE");
    try {
      // exec, not the statement cache: one migration chunk may hold several statements.
      for (const sql of statements) await writer.exec(sql);
      const broken = await writer.query({ sql: "PRAGMA foreign_key_check", params: [], method: "all" });
      if (broken.rows.length > 0) {
        throw new Error(
          `The migration would leave ${broken.rows.length} rows whose foreign key points nowhere.`,
        );
      }
      await writer.exec("COMMIT");
    } catch (error) {
      await writer.exec("ROLLBACK").catch(() => undefined);
      throw error;
    }
  } finally {
    await writer.exec("PRAGMA foreign_keys=ON");
  }
}
