import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_KEY } from "../../tests/support/test-app";
import { parseAppConfig } from "../config/app-config";
import { listAudit } from "../db/queries/audit-log";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { quarterOf } from "../domain/periods/period";
import { zipEntries } from "../routes/workspace/report/zip-entries";
import { submitResponse } from "../services/submit-response";
import { getSurvey } from "../surveys/bundled-surveys";
import { reportCommand } from "./report";
import { rollupsCommand } from "./report-rollups";

let dir: string;
let env: Record<string, string>;
const period = quarterOf(new Date()).id;

/** Runs a command as a script would, output captured. */
async function heard(command: typeof reportCommand, args: string[]) {
  let out = "";
  let err = "";
  const code = await command(args, {
    stdin: process.stdin,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "heard-report-"));
  env = { HEARD_DATA_DIR: dir, HEARD_DB: join(dir, "heard.db"), HEARD_SAFEGUARDING_KEY: TEST_KEY };
  const sqlite = await openSqlite(env.HEARD_DB as string);
  await sqlite.migrate("migrations");
  const survey = getSurvey("quick-feedback");
  if (!survey) throw new Error("no survey");
  const config = parseAppConfig(env);
  for (let i = 0; i < 13; i++) await submitResponse(sqlite.db, config, { survey, locale: "en", answers: {} });
  await sqlite.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("heard report", () => {
  it("writes a self-contained, printable HTML file", async () => {
    const out = join(dir, "report.html");
    const result = await heard(reportCommand, ["--period", period, "--format", "html", "--out", out]);
    expect(result.code).toBe(0);
    const html = await readFile(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`Board report: ${period}`);
    expect(html).toContain("@media print");
    expect(html).not.toContain('href="/assets/');
  });

  it("writes CSV a CSV library reads", async () => {
    const out = join(dir, "report.csv");
    expect((await heard(reportCommand, ["--period", period, "--format=csv", "--out", out])).code).toBe(0);
    const records: Record<string, string>[] = parse(await readFile(out, "utf8"), {
      bom: true,
      columns: true,
    });
    expect(records.find((r) => r.section === "voices" && r.key === "community")?.this_period).toBe("13");
  });

  it("writes JSON with k, and prints it when no file is named", async () => {
    const printed = await heard(reportCommand, ["--period", period, "--format", "json"]);
    expect(printed.code).toBe(0);
    const report = JSON.parse(printed.out);
    expect(report.k).toBe(10);
    expect(report.aims).toHaveLength(4);
  });

  it("writes a DOCX that is a valid zip holding the outcome headings", async () => {
    const out = join(dir, "report.docx");
    expect((await heard(reportCommand, ["--period", period, "--format", "docx", "--out", out])).code).toBe(0);
    const xml = new TextDecoder().decode(
      zipEntries(new Uint8Array(await readFile(out))).get("word/document.xml"),
    );
    expect(xml).toContain("Young people have enhanced resilience and protective factors");
  });

  it("writes the report in another language when asked", async () => {
    const printed = await heard(reportCommand, ["--period", period, "--format", "csv", "--locale", "pl"]);
    expect(printed.out).toContain("Wszystkie grupy");
  });

  it("records each export in the audit log as the command line", async () => {
    const sqlite = await openSqlite(env.HEARD_DB as string);
    try {
      const events = await listAudit(sqlite.db, { action: "report.exported" });
      expect(events.length).toBeGreaterThanOrEqual(4);
      expect(events[0]?.actorEmail).toBe("command line");
    } finally {
      await sqlite.close();
    }
  });

  it.each([
    [["--format", "html"], "--period is required"],
    [["--period", "2026-Q9"], "--period must be a quarter"],
    [["--period", period, "--format", "pdf"], "--format must be html, csv, json or docx"],
    [["--period", period, "--format", "docx"], "needs --out FILE"],
    [["--period", period, "--colour", "red"], "Unknown option --colour"],
  ])("refuses %j with exit code 2 and says why", async (args, message) => {
    const result = await heard(reportCommand, args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe("heard rollups rebuild", () => {
  it("recounts the rollups and prints the totals", async () => {
    const result = await heard(rollupsCommand, ["rebuild"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Rollups rebuilt in \d+ ms: 13 responses \(response_rollups rows: 1\), 0 coded answers/,
    );
  });

  it("says how to use it when the subcommand is missing", async () => {
    const result = await heard(rollupsCommand, []);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Usage: heard rollups rebuild");
  });
});
