import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SAME_ORIGIN } from "../../tests/support/staff";
import { TEST_KEY } from "../../tests/support/test-app";
import { createApp } from "../app";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { currentTotp } from "../domain/auth/totp";
import { runCli } from "./run-cli";
import { seedCommand } from "./seed";

let dir: string;
const envFor = (name: string) => ({
  HEARD_DATA_DIR: dir,
  HEARD_DB: join(dir, `${name}.db`),
  HEARD_SAFEGUARDING_KEY: TEST_KEY,
});

/** Runs `heard seed …` as a script would, output captured. */
async function seed(args: string[], name = "demo") {
  let out = "";
  let err = "";
  const code = await seedCommand(args, {
    stdin: process.stdin,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: envFor(name),
  });
  return { code, out, err };
}

/** Reads a seeded database on its own read-only connection. */
async function query<T>(name: string, sql: string): Promise<T[]> {
  const db = new DatabaseSync(envFor(name).HEARD_DB, { readOnly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
const one = async (name: string, sql: string) => Number(Object.values((await query(name, sql))[0] ?? {})[0]);

let first: Awaited<ReturnType<typeof seed>>;
let started: number;
let ms: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "heard-seed-"));
  started = performance.now();
  first = await seed(["--demo", "--until", "2026-11-24"]);
  ms = performance.now() - started;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("heard seed --demo", () => {
  it("fills an empty database in well under a minute and says what it made", () => {
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(ms).toBeLessThan(40_000);
    expect(first.out).toContain("a SYNTHETIC year, 2025-12-01 to 2026-11-24");
    expect(first.out).toMatch(/Responses: \d{4} /);
    expect(first.out).toContain("Published: /you-said-we-did/2026-q3 (2026-Q3, version 1)");
    expect(first.out).toContain("demo credentials");
  });

  it("makes a few thousand responses to all six surveys, in every quarter and language", async () => {
    const total = await one("demo", "SELECT count(*) FROM responses");
    expect(total).toBeGreaterThan(2000);
    expect(total).toBeLessThan(6000);
    expect(await one("demo", "SELECT count(DISTINCT survey_id) FROM responses")).toBe(6);
    expect(await one("demo", "SELECT count(DISTINCT locale) FROM responses")).toBe(6);
    const quarters = await query<{ q: string; n: number }>(
      "demo",
      `SELECT substr(submitted_on, 1, 4) || '-Q' || ((cast(substr(submitted_on, 6, 2) AS int) + 2) / 3) AS q,
        count(*) AS n FROM responses GROUP BY q ORDER BY q`,
    );
    expect(quarters.map((r) => r.q)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    // Seasonal: the summer holidays are quieter than the autumn term for children's surveys.
    const month = (m: string) =>
      one(
        "demo",
        `SELECT count(*) FROM responses WHERE survey_id = 'feeling-safe' AND submitted_on LIKE '${m}%'`,
      );
    expect(await month("2026-08")).toBeLessThan((await month("2026-10")) / 2);
  });

  it("makes the small groups exactly as small as promised", async () => {
    const inQ3 = "submitted_on BETWEEN '2026-07-01' AND '2026-09-30'";
    expect(
      await one("demo", `SELECT count(*) FROM responses WHERE ${inQ3} AND audience = 'young-adult-18-25'`),
    ).toBe(6);
    expect(await one("demo", `SELECT count(*) FROM responses WHERE ${inQ3} AND locale = 'bn'`)).toBe(3);
    expect(await one("demo", "SELECT count(*) FROM responses WHERE channel = 'paper'")).toBe(4);
  });

  it("stores free text only redacted, and raises the synthetic disclosures for the safeguarding lead", async () => {
    expect(
      await one("demo", "SELECT count(*) FROM answers WHERE free_text = 1 AND value LIKE '%07700%'"),
    ).toBe(0);
    expect(await one("demo", "SELECT count(*) FROM answers WHERE value LIKE '%[phone]%'")).toBeGreaterThan(0);
    const items = await one("demo", "SELECT count(*) FROM safeguarding_items");
    expect(items).toBeGreaterThanOrEqual(5);
    expect(items).toBeLessThanOrEqual(12);
    expect(await one("demo", "SELECT count(*) FROM contact_requests")).toBe(3);
  });

  it("codes answers with the rollups kept right, and approves and rejects quotes", async () => {
    const codes = await one("demo", "SELECT count(*) FROM answer_codes");
    expect(codes).toBeGreaterThan(500);
    expect(await one("demo", "SELECT sum(count) FROM theme_rollups")).toBe(codes);
    expect(await one("demo", "SELECT sum(count) FROM response_rollups")).toBe(
      await one("demo", "SELECT count(*) FROM responses"),
    );
    expect(await one("demo", "SELECT count(*) FROM quotes WHERE status = 'approved'")).toBeGreaterThanOrEqual(
      10,
    );
    expect(await one("demo", "SELECT count(*) FROM quotes WHERE status = 'rejected'")).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("records actions in every RAG colour and publishes the last full quarter", async () => {
    expect(first.out).toMatch(/Actions: [1-9]\d* red, [1-9]\d* amber, [1-9]\d* green, [1-9]\d* done/);
    expect(await one("demo", "SELECT count(DISTINCT agency) FROM actions")).toBe(6);
    const [row] = await query<{ status: string; k: number }>("demo", "SELECT status, k FROM publications");
    expect(row).toEqual({ status: "published", k: 10 });
  });

  it("gives demo officers who sign in with the printed password and authenticator key", async () => {
    const password = /password for every demo account: (\S+)/.exec(first.out)?.[1] ?? "";
    const secret = /admin@demo\.example\n\s+authenticator key (\S+)/.exec(first.out)?.[1] ?? "";
    expect(password).toMatch(/^demo-/);
    expect(await one("demo", "SELECT count(*) FROM staff_users WHERE must_change_password = 0")).toBe(4);
    const sqlite = await openSqlite(envFor("demo").HEARD_DB);
    try {
      const app = createApp({
        database: () => sqlite.db,
        config: { HEARD_SAFEGUARDING_KEY: TEST_KEY },
        log: () => {},
      });
      const post = (path: string, body: unknown, cookie = "") =>
        app.request(path, {
          method: "POST",
          headers: { "content-type": "application/json", origin: SAME_ORIGIN, cookie },
          body: JSON.stringify(body),
        });
      const login = await post("/api/auth/login", { email: "admin@demo.example", password });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      expect((await post("/api/auth/second-factor", { code: currentTotp(secret) }, cookie)).status).toBe(200);
      const me = await app.request("/api/auth/me", { headers: { cookie } });
      expect(await me.json()).toMatchObject({ email: "admin@demo.example", role: "admin" });
    } finally {
      await sqlite.close();
    }
  });

  it("makes the same data every time (a seeded generator)", async () => {
    const again = await seed(["--demo", "--until=2026-11-24"], "again");
    expect(again.code).toBe(0);
    const facts = (out: string) =>
      out.split("\n").filter((l) => /^(Responses| {2}by |Coded|Quotes|Actions)/.test(l));
    expect(facts(again.out)).toEqual(facts(first.out));
    const tally =
      "SELECT survey_id, submitted_on, locale, count(*) FROM responses GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    expect(await query("again", tally)).toEqual(await query("demo", tally));
  });

  it("refuses a database that already has responses, unless forced", async () => {
    const refused = await seed(["--demo"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("already has");
    expect(refused.err).toContain("--force");
  });

  it.each([
    [[], "add --demo"],
    [["--demo", "--until", "next week"], "--until must be a day"],
    [["--demo", "--colour"], "Unknown option --colour"],
  ])("refuses %j with exit code 2 and says why", async (args, message) => {
    const result = await seed(args, "typo");
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it("is listed in heard --help", async () => {
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      expect(await runCli(["--help"])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out).toContain("seed --demo");
  });
});
