import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../server/app";
import { openSqlite, type SqliteDatabase } from "../../server/db/sqlite/open-sqlite";
import { importSealingKey, newSealingKey, unseal } from "../../server/domain/crypto/sealed-text";
import { hashPassword } from "../../server/services/auth/passwords";
import { startWrangler, type WranglerDev } from "./start-wrangler";

const root = fileURLToPath(new URL("../..", import.meta.url));

// The Worker must answer exactly as the Node app does: same app, different database driver.
describe("the Worker under wrangler dev (workerd + local D1)", () => {
  let worker: WranglerDev | undefined;
  let sqlite: SqliteDatabase | undefined;
  let nodeApp: App;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "heard-node-"));
    sqlite = await openSqlite(join(dataDir, "heard.db"));
    await sqlite.migrate(join(root, "migrations"));
    const db = sqlite.db;
    safeguardingKey = newSealingKey();
    nodeApp = createApp({
      database: () => db,
      config: { HEARD_SAFEGUARDING_KEY: safeguardingKey },
      log: () => {},
    });
    worker = await startWrangler({ safeguardingKey });
  });

  let safeguardingKey = "";

  afterAll(async () => {
    await worker?.stop();
    await sqlite?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function both(path: string) {
    if (!worker) throw new Error("wrangler dev did not start");
    const [fromWorker, fromNode] = await Promise.all([fetch(`${worker.url}${path}`), nodeApp.request(path)]);
    return { fromWorker, fromNode };
  }

  it.each(["/healthz", "/api/surveys", "/api/no-such-thing"])(
    "answers %s as the Node app does",
    async (path) => {
      const { fromWorker, fromNode } = await both(path);
      expect(fromWorker.status).toBe(fromNode.status);
      expect(fromWorker.headers.get("content-type")).toBe(fromNode.headers.get("content-type"));
      expect(await fromWorker.json()).toEqual(await fromNode.json());
    },
  );

  it("reaches D1 from /healthz", async () => {
    const { fromWorker } = await both("/healthz");
    expect(await fromWorker.json()).toEqual({ status: "ok" });
  });

  it("publishes the same OpenAPI document", async () => {
    const { fromWorker, fromNode } = await both("/api/openapi.json");
    expect(fromWorker.status).toBe(200);
    const [workerDoc, nodeDoc] = [await fromWorker.json(), await fromNode.json()];
    expect(Object.keys(workerDoc.paths).sort()).toEqual(Object.keys(nodeDoc.paths).sort());
    expect(workerDoc).toEqual(nodeDoc);
  });

  it("renders the home page on workerd", async () => {
    const { fromWorker, fromNode } = await both("/");
    expect(fromWorker.status).toBe(200);
    expect(fromWorker.headers.get("content-type")).toBe(fromNode.headers.get("content-type"));
    expect(await fromWorker.text()).toBe(await fromNode.text());
  });

  it("serves built client assets through Workers assets", async () => {
    if (!worker) throw new Error("wrangler dev did not start");
    const response = await fetch(`${worker.url}/assets/heard.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await response.text()).toBe(await readFile(join(root, "dist/public/assets/heard.css"), "utf8"));
  });

  it("seals a possible disclosure with WebCrypto on workerd so that Node opens it with the same key", async () => {
    if (!worker) throw new Error("wrangler dev did not start");
    const text = "they make me hold stuff for them and say I owe them";
    const res = await fetch(`${worker.url}/api/surveys/staying-safe/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "en", answers: { "anything-else": text } }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ showHelp: true });
    const files = (await readdir(worker.persistDir, { recursive: true })).filter((f) =>
      f.endsWith(".sqlite"),
    );
    const sealed = files.flatMap((file) => {
      const d1 = new DatabaseSync(join(worker?.persistDir ?? "", file), { readOnly: true });
      try {
        const tables = d1.prepare("select name from sqlite_master where name = 'safeguarding_items'").all();
        return tables.length ? d1.prepare("select sealed_text from safeguarding_items").all() : [];
      } finally {
        d1.close();
      }
    });
    expect(sealed).toHaveLength(1);
    const sealedText = String((sealed[0] as { sealed_text: string }).sealed_text);
    expect(sealedText).not.toContain("owe");
    expect(await unseal(await importSealingKey(safeguardingKey), sealedText)).toBe(text);
  });

  it("signs an officer in on workerd: argon2id in WASM verifies a hash made on Node", async () => {
    if (!worker) throw new Error("wrangler dev did not start");
    const password = "a long passphrase for workerd";
    const hash = await hashPassword(password);
    const files = (await readdir(worker.persistDir, { recursive: true })).filter((f) =>
      f.endsWith(".sqlite"),
    );
    let inserted = 0;
    for (const file of files) {
      const d1 = new DatabaseSync(join(worker.persistDir, file));
      try {
        if (d1.prepare("select name from sqlite_master where name = 'staff_users'").all().length === 0)
          continue;
        d1.prepare(
          "insert into staff_users (id, email, role, password_hash) values (?, ?, 'analyst', ?)",
        ).run("worker-analyst", "analyst@example.org", hash);
        inserted++;
      } finally {
        d1.close();
      }
    }
    expect(inserted).toBe(1);
    const login = (pw: string) =>
      fetch(`${worker?.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: worker?.url ?? "" },
        body: JSON.stringify({ email: "analyst@example.org", password: pw }),
      });
    expect((await login("not the password at all")).status).toBe(401);
    const res = await login(password);
    expect(res.status).toBe(200);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const me = await fetch(`${worker.url}/api/auth/me`, { headers: { cookie } });
    expect(await me.json()).toEqual({ email: "analyst@example.org", role: "analyst", stage: "full" });
  });
});
