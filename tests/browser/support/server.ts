import { mkdir, mkdtemp, rm, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ensureBuilt,
  freePort,
  startServer as spawnServer,
  stopServer,
} from "../../reliability/server-process";

/** The repository root (where package.json, dist/ and node_modules/ are). */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

// Test files run in parallel workers; only one of them may rebuild dist/ (the build deletes it first).
const LOCK = join(tmpdir(), "heard-browser-tests-build.lock");

/** Builds dist/ (server and browser assets) unless it is newer than every source. Safe in parallel. */
export async function ensureClientAssets(): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build (lock ${LOCK})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    ensureBuilt();
  } finally {
    await rmdir(LOCK).catch(() => {});
  }
}

/** A real Heard server on a free localhost port over a throwaway SQLite database. */
export type TestServer = {
  url: string;
  origin: string;
  /** The server's SQLite file, for tests that look at what was stored (see `database.ts`). */
  dbFile: string;
  close(): Promise<void>;
};

/**
 * Starts the built server (`node dist/server/cli.js serve`) as its own process, as it runs in
 * production. Its own process matters: SQLite's POSIX locks belong to a process, and tests open the
 * same file with node:sqlite (a second copy of SQLite) to look at what was stored; in one process,
 * closing that connection would drop the server's locks.
 */
export async function startServer(): Promise<TestServer> {
  await ensureClientAssets();
  const dataDir = await mkdtemp(join(tmpdir(), "heard-browser-"));
  const dbFile = join(dataDir, "heard.db");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await spawnServer(
    { PORT: String(port), HOST: "127.0.0.1", HEARD_DATA_DIR: dataDir, HEARD_DB: dbFile },
    url,
  );
  return {
    url,
    origin: url,
    dbFile,
    async close() {
      await stopServer(server, "SIGTERM");
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What `GET /api/receipts/:code` says about a receipt, fetched from Node (not the browser). */
export async function lookUpReceipt(
  server: TestServer,
  code: string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/api/receipts/${encodeURIComponent(code)}`);
  return { status: res.status, body: await res.json() };
}
