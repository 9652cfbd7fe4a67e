import { DatabaseSync } from "node:sqlite";
import { expect } from "vitest";
import type { SignedIn } from "../support/staff";
import type { TestApp } from "../support/test-app";
import { KEY_TABLES } from "./sql-injection-strings";

/** Looks at a test app's SQLite file directly, and sends requests that remember every 5xx. */
export function probe(t: TestApp) {
  /** Reads the database file (WAL: this sees what the app committed). */
  const inDatabase = <T>(read: (db: DatabaseSync) => T): T => {
    const db = new DatabaseSync(t.file, { readOnly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const serverErrors: string[] = [];
  const tables = () =>
    inDatabase((db) =>
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((r) => String(r.name)),
    );
  const tablesBefore = tables();
  expect(tablesBefore).toEqual(expect.arrayContaining([...KEY_TABLES]));
  return {
    inDatabase,
    serverErrors,
    count: (table: string) =>
      inDatabase((db) => Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n)),
    /** GET/POST/… as `officer` (or anonymously), noting any 5xx. */
    async send(officer: SignedIn | undefined, path: string, init: Parameters<SignedIn["request"]>[1] = {}) {
      const res = officer
        ? await officer.request(path, init)
        : await t.app.request(path, { method: init.method ?? "GET" });
      if (res.status >= 500) serverErrors.push(`${init.method ?? "GET"} ${path} -> ${res.status}`);
      return res;
    },
    /** No 5xx, the same tables as at the start, and SQLite's own checks pass. */
    expectWhole() {
      expect(serverErrors).toEqual([]);
      expect(tables()).toEqual(tablesBefore);
      expect(inDatabase((db) => db.prepare("PRAGMA integrity_check").all())).toEqual([
        { integrity_check: "ok" },
      ]);
      expect(inDatabase((db) => db.prepare("PRAGMA foreign_key_check").all())).toEqual([]);
    },
  };
}

export const json = async <T>(res: Response) => (await res.json()) as T;
