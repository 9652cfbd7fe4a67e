import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashReceiptCode, normaliseReceiptCode } from "../../server/domain/receipts/receipt-code";
import {
  ensureBuilt,
  inspect,
  type ServerProcess,
  startServer,
  stopServer,
  submit,
  testServerEnv,
} from "./server-process";

const CLIENTS = 20;
const answers = { "safe-at-park": "not-very-safe", "anything-else": "Big kids hang about by the shops" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SIGTERM while clients keep submitting on keep-alive connections", () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), "heard-stop-"));
  });
  afterAll(async () => {
    if (server) await stopServer(server, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers what it took, stops within seconds, and stores every acknowledged response", async () => {
    const { env, url, dbFile } = await testServerEnv(dataDir);
    server = await startServer(env, url);
    const { child, stderr } = server;
    const receipts: string[] = [];
    const statuses = new Map<number, number>();
    let refused = 0;
    let running = true;
    // fetch keeps connections alive, so each client reuses its connection for the next submission:
    // the clients a plain server.close() waits on for ever.
    const client = async () => {
      while (running) {
        try {
          const { status, receipt } = await submit(url, "feeling-safe", answers);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (receipt) receipts.push(receipt);
        } catch {
          refused++; // the server has stopped listening: not acknowledged, so nothing is owed
          await sleep(20);
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    while (receipts.length < 100) await sleep(10);

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const signalled = Date.now();
    child.kill("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    const stoppedAfterMs = Date.now() - signalled;
    running = false;
    await Promise.all(clients);
    if (!stopped) child.kill("SIGKILL");
    server = undefined;

    expect(stopped).toBe(true);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    expect(await exited).toBe(0);
    expect([...statuses.keys()]).toEqual([201]); // no 5xx for a request taken while stopping
    expect(refused).toBeGreaterThan(0); // clients really were still sending when it stopped
    expect(stderr.join("")).not.toMatch(/unhandled error|closed/i);
    const hashes = await Promise.all(receipts.map((r) => hashReceiptCode(normaliseReceiptCode(r) as string)));
    const [rows, integrity] = await inspect(dbFile, [
      "SELECT receipt_hash AS hash FROM responses",
      "PRAGMA integrity_check",
    ]);
    const stored = new Set((rows as { hash: string }[]).map((row) => row.hash));
    expect(hashes.filter((hash) => !stored.has(hash))).toEqual([]);
    expect(integrity).toEqual([{ integrity_check: "ok" }]);
  }, 60_000);
});
