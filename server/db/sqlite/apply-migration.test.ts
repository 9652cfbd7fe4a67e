import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "../schema";
import { migrationsFolder, openTempDatabase, type TempDatabase, writeResponse } from "./temp-database";

let temp: TempDatabase;
let folder: string;
beforeEach(async () => {
  temp = await openTempDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), "heard-migrations-"));
  await cp(migrationsFolder, folder, { recursive: true });
});
afterEach(async () => {
  await temp.dispose();
  await rm(folder, { recursive: true, force: true });
});

/** Adds a migration after the real ones, as drizzle-kit lays it out. */
async function addMigration(tag: string, statements: string[]) {
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8"));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
  await writeFile(journalFile, JSON.stringify(journal));
  await writeFile(path.join(folder, `${tag}.sql`), statements.join("\n--> statement-breakpoint\n"));
}

const applied = async () => (await temp.db.values(sql`select count(*) from __drizzle_migrations`))[0];
// How many migrations the project ships, so these tests keep counting right as migrations are added.
const shipped = async () =>
  (
    JSON.parse(await readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    }
  ).entries.length;

describe("migrate", () => {
  it("rebuilds a table that answers reference without cascading deletes to the answers", async () => {
    await writeResponse(temp.db, "kept");
    const [[createResponses]] = (await temp.db.values(
      sql`select sql from sqlite_master where type = 'table' and name = 'responses'`,
    )) as [[string]];
    // drizzle-kit's rebuild: keys off, copy into a new table, drop the old one, rename, keys on.
    await addMigration("0099_rebuild_responses", [
      "PRAGMA foreign_keys=OFF;",
      `${createResponses.replace(/^CREATE TABLE [`"]?responses[`"]?/, "CREATE TABLE `__new_responses`")};`,
      "INSERT INTO `__new_responses` SELECT * FROM `responses`;",
      "DROP TABLE `responses`;",
      "ALTER TABLE `__new_responses` RENAME TO `responses`;",
      "PRAGMA foreign_keys=ON;",
    ]);
    await temp.sqlite.migrate(folder);
    expect(await temp.db.$count(responses)).toBe(1);
    expect(await temp.db.$count(answers)).toBe(3);
    expect(await applied()).toEqual([(await shipped()) + 1]);
    expect(await temp.db.values(sql`pragma foreign_keys`)).toEqual([[1]]);
  });

  it("rolls back a migration that would leave foreign keys pointing nowhere", async () => {
    await writeResponse(temp.db, "kept");
    await addMigration("0099_orphan_answers", ["DELETE FROM `responses`;"]);
    await expect(temp.sqlite.migrate(folder)).rejects.toThrow(/foreign key points nowhere/);
    expect(await temp.db.$count(responses)).toBe(1);
    expect(await applied()).toEqual([await shipped()]);
    expect(await temp.db.values(sql`pragma foreign_keys`)).toEqual([[1]]);
    await writeResponse(temp.db, "after");
    expect(await temp.db.$count(responses)).toBe(2);
  });
});
