import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAME_ORIGIN } from "../../tests/support/staff";
import { TEST_KEY } from "../../tests/support/test-app";
import { createApp } from "../app";
import { listAudit } from "../db/queries/audit-log";
import { findStaffByEmail } from "../db/queries/staff-users";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { adminCommand } from "./admin";
import { runCli } from "./run-cli";

const PASSWORD = "a temporary passphrase";
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "heard-admin-"));
  env = { HEARD_DATA_DIR: dir, HEARD_DB: join(dir, "heard.db") };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `heard admin …` as a script would: stdin piped (not a terminal), output captured. */
async function heard(args: string[], stdin = "") {
  let out = "";
  let err = "";
  const code = await adminCommand(args, {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
  });
  return { code, out, err };
}

/** Opens the database the CLI wrote to, as the server would, and runs `fn` with the app over it. */
async function withApp<T>(
  fn: (app: ReturnType<typeof createApp>, db: Awaited<ReturnType<typeof openSqlite>>["db"]) => Promise<T>,
) {
  const sqlite = await openSqlite(env.HEARD_DB as string);
  try {
    const app = createApp({
      database: () => sqlite.db,
      config: { HEARD_SAFEGUARDING_KEY: TEST_KEY },
      log: () => {},
    });
    return await fn(app, sqlite.db);
  } finally {
    await sqlite.close();
  }
}

const login = (app: ReturnType<typeof createApp>, email: string, password: string) =>
  app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN },
    body: JSON.stringify({ email, password }),
  });

describe("heard admin create", () => {
  it("adds an officer whose password, piped on stdin, signs them in and must then be changed", async () => {
    const made = await heard(
      ["create", "--email", "Ana@Example.org", "--role", "analyst"],
      `${PASSWORD}\nignored\n`,
    );
    expect(made).toMatchObject({ code: 0, err: "" });
    expect(made.out).toContain("Added ana@example.org as analyst");
    await withApp(async (app) => {
      const res = await login(app, "ana@example.org", PASSWORD);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ stage: "new-password", role: "analyst" });
      expect((await login(app, "ana@example.org", "ignored")).status).toBe(401);
    });
  });

  it("takes a password ending in a Windows line break without the \\r", async () => {
    expect(
      (await heard(["create", "--email=win@example.org", "--role=viewer"], `${PASSWORD}\r\n`)).code,
    ).toBe(0);
    await withApp(async (app) => expect((await login(app, "win@example.org", PASSWORD)).status).toBe(200));
  });

  it("refuses a short password, an unknown role, a missing email and a taken email, changing nothing", async () => {
    const short = await heard(["create", "--email", "a@example.org", "--role", "admin"], "short\n");
    expect(short.code).toBe(1);
    expect(short.err).toContain("at least 12 characters");
    const role = await heard(["create", "--email", "a@example.org", "--role", "boss"], `${PASSWORD}\n`);
    expect(role.code).toBe(2);
    expect(role.err).toContain("--role must be one of: admin, analyst, safeguarding, viewer");
    const email = await heard(["create", "--role", "admin"], `${PASSWORD}\n`);
    expect(email).toMatchObject({ code: 2 });
    expect(email.err).toContain("--email is required");
    const empty = await heard(["create", "--email", "a@example.org", "--role", "admin"], "");
    expect(empty.code).toBe(1);
    expect(empty.err).toContain("No password on standard input");
    await heard(["create", "--email", "a@example.org", "--role", "admin"], `${PASSWORD}\n`);
    const taken = await heard(["create", "--email", "A@example.org", "--role", "viewer"], `${PASSWORD}\n`);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain("already an officer with that email");
    await withApp(async (_app, db) =>
      expect((await findStaffByEmail(db, "a@example.org"))?.role).toBe("admin"),
    );
  });

  it("refuses unknown options and subcommands with exit code 2", async () => {
    expect((await heard(["create", "--email", "a@example.org", "--role", "admin", "--force"])).code).toBe(2);
    const unknown = await heard(["promote"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown subcommand 'promote'");
    const extra = await heard(["list", "--email", "a@example.org"]);
    expect(extra).toMatchObject({ code: 2 });
    expect(extra.err).toContain("does not take --email");
  });
});

describe("heard admin list, disable, enable, role, reset", () => {
  it("lists officers with role, disabled, second factor and last sign-in day", async () => {
    await heard(["create", "--email", "b@example.org", "--role", "viewer"], `${PASSWORD}\n`);
    await heard(["create", "--email", "a@example.org", "--role", "analyst"], `${PASSWORD}\n`);
    await withApp(async (app) => login(app, "a@example.org", PASSWORD));
    const { code, out } = await heard(["list"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0]).toMatch(/^EMAIL\s+ROLE\s+DISABLED\s+SECOND FACTOR\s+LAST SIGN-IN$/);
    expect(lines[1]).toMatch(
      new RegExp(`^a@example.org\\s+analyst\\s+no\\s+no\\s+${new Date().toISOString().slice(0, 10)}$`),
    );
    expect(lines[2]).toMatch(/^b@example.org\s+viewer\s+no\s+no\s+-$/);
  });

  it("disables (sign-in refused), enables again, and changes a role, each audited as the command line", async () => {
    await heard(["create", "--email", "c@example.org", "--role", "viewer"], `${PASSWORD}\n`);
    expect((await heard(["disable", "--email", "c@example.org"])).code).toBe(0);
    await withApp(async (app) => expect((await login(app, "c@example.org", PASSWORD)).status).toBe(401));
    expect((await heard(["list"])).out).toMatch(/c@example.org\s+viewer\s+yes/);
    expect((await heard(["enable", "--email", "c@example.org"])).code).toBe(0);
    expect((await heard(["role", "--email", "c@example.org", "--role", "analyst"])).out).toContain(
      "is now analyst",
    );
    await withApp(async (app, db) => {
      expect(await (await login(app, "c@example.org", PASSWORD)).json()).toMatchObject({ role: "analyst" });
      const actions = (await listAudit(db))
        .filter((r) => r.actorEmail === "command line")
        .map((r) => r.action);
      expect(actions).toEqual(["user.role-changed", "user.enabled", "user.disabled", "user.created"]);
    });
    const missing = await heard(["disable", "--email", "nobody@example.org"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no officer with that email");
  });

  it("resets a password (and the second factor when asked): the old one stops working", async () => {
    await heard(["create", "--email", "d@example.org", "--role", "analyst"], `${PASSWORD}\n`);
    const reset = await heard(
      ["reset", "--email", "d@example.org", "--second-factor"],
      "another long passphrase\n",
    );
    expect(reset.code).toBe(0);
    expect(reset.out).toContain("set up their authenticator app again");
    await withApp(async (app) => {
      expect((await login(app, "d@example.org", PASSWORD)).status).toBe(401);
      const res = await login(app, "d@example.org", "another long passphrase");
      expect(await res.json()).toEqual({ stage: "new-password", role: "analyst" });
    });
  });
});

describe("heard --help", () => {
  it("lists the admin subcommands", async () => {
    let printed = "";
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => {
      printed += s;
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await runCli(["--help"])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    for (const sub of ["admin create", "admin list", "admin disable|enable", "admin reset", "admin role"]) {
      expect(printed).toContain(sub);
    }
  });
});
