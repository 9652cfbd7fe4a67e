import { getTableColumns, getTableName } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../server/db/schema";
import * as workspace from "../server/db/workspace-schema";

// Words that would mean a column could identify or locate a person, or time them to the second.
const IDENTIFYING =
  /(^|_)(ip|ip_address|address|user_agent|agent|ua|device|fingerprint|referr?er|cookie|session|email|phone|name|latitude|longitude|lat|lng|location|postcode|created_at|submitted_at|timestamp)($|_)/;

describe("the database schema", () => {
  // Staff tables (accounts, sessions, audit) hold officers' work details by design; every other
  // table holds what children and families said, and must hold nothing that could identify them.
  const staffTables = new Set(Object.values(workspace as Record<string, unknown>));
  const tables: SQLiteTable[] = Object.values(schema as Record<string, unknown>).filter(
    (value): value is SQLiteTable => value instanceof SQLiteTable && !staffTables.has(value),
  );

  it("keeps the staff tables apart and names them", () => {
    expect(
      [...staffTables].filter((t) => t instanceof SQLiteTable).map((t) => getTableName(t as SQLiteTable)),
    ).toEqual(expect.arrayContaining(["staff_users", "staff_sessions", "audit_log"]));
  });

  it("has the tables the journey needs", () => {
    expect(tables.map((t) => getTableName(t))).toEqual(
      expect.arrayContaining(["responses", "answers", "drafts", "surveys"]),
    );
  });

  it("has no column for anything that could identify a respondent", () => {
    const offending = tables.flatMap((table) =>
      Object.values(getTableColumns(table))
        .map((column) => `${getTableName(table)}.${column.name}`)
        .filter((name) => IDENTIFYING.test(name.split(".")[1] ?? "")),
    );
    expect(offending).toEqual([]);
  });

  it("keeps only the day of a response, as text YYYY-MM-DD", () => {
    const columns = getTableColumns(schema.responses);
    expect(columns.submittedOn.name).toBe("submitted_on");
    expect(Object.keys(columns)).not.toContain("submittedAt");
  });
});
