import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { packagePath } from "../../node/package-root";
import type { Db } from "../db";
import { answers, responses } from "../schema";
import { openSqlite, type SqliteDatabase, type SqliteOptions } from "./open-sqlite";

/** The drizzle-kit migrations the server applies, so tests and benches run on the real schema. */
export const migrationsFolder = packagePath("migrations");

/** A migrated database on a new file in the system temp folder, removed by `dispose`. */
export type TempDatabase = { sqlite: SqliteDatabase; db: Db; file: string; dispose(): Promise<void> };

/** Opens and migrates a fresh database file under `os.tmpdir()`. */
export async function openTempDatabase(options?: SqliteOptions): Promise<TempDatabase> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "heard-sqlite-"));
  const file = path.join(folder, "nested", "heard.db");
  const sqlite = await openSqlite(file, options);
  await sqlite.migrate(migrationsFolder);
  return {
    sqlite,
    db: sqlite.db,
    file,
    async dispose() {
      await sqlite.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** A valid `responses` row with the given id (typed by the schema, so a new column shows up here). */
export function sampleResponse(id: string): typeof responses.$inferInsert {
  return {
    id,
    surveyId: "feeling-safe",
    surveyVersion: 1,
    audience: "young-person-13-17",
    locale: "en",
    submittedOn: "2026-01-15",
    receiptHash: `receipt-of-${id}`,
  };
}

/** Writes one response and `answerCount` answers in one batch, the way a submission does. */
export function writeResponse(db: Db, id: string, answerCount = 3) {
  const rows = Array.from({ length: answerCount }, (_, index) => ({
    responseId: id,
    questionId: `q${index}`,
    value: index % 2 === 0 ? "yes" : ["school", "park"],
  }));
  return db.batch([db.insert(responses).values(sampleResponse(id)), db.insert(answers).values(rows)]);
}
