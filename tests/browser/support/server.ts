import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startNodeServer } from "../../../server/node";

/** The repository root (where package.json, dist/ and node_modules/ are). */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

const ASSETS = ["dist/public/assets/heard.js", "dist/public/assets/heard.css"].map((p) => join(repoRoot, p));
// Test files run in parallel workers; only one of them may rebuild dist/public (the build deletes it first).
const LOCK = join(tmpdir(), "heard-browser-tests-client-build.lock");

/**
 * Builds the browser assets (`node scripts/build.mjs --client`) unless they are already there, as
 * they are after `npm test` or `node scripts/build.mjs`. Safe to call from parallel test files.
 */
export async function ensureClientAssets(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!ASSETS.every((file) => existsSync(file))) {
    try {
      await mkdir(LOCK);
    } catch {
      // Someone else is building: wait for them (or for a stale lock to time out).
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the client build (lock ${LOCK})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!ASSETS.every((file) => existsSync(file))) {
        execFileSync(process.execPath, [join(repoRoot, "scripts/build.mjs"), "--client"], {
          cwd: repoRoot,
          stdio: "inherit",
        });
      }
    } finally {
      await rmdir(LOCK).catch(() => {});
    }
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

// The Node entry logs every request ("GET /s/:id 200 1.2ms") to console.log; hundreds of those lines
// would bury the test report, so the harness drops exactly that shape of line while a server runs.
const REQUEST_LOG_LINE = /^[A-Z]+ \S+ \d{3} [\d.]+ms$/;
let quietCount = 0;
let originalLog: typeof console.log | undefined;

function quietRequestLog(): () => void {
  if (quietCount++ === 0) {
    const log = console.log;
    originalLog = log;
    console.log = (...args: unknown[]) => {
      if (args.length === 1 && typeof args[0] === "string" && REQUEST_LOG_LINE.test(args[0])) return;
      log(...args);
    };
  }
  return () => {
    if (--quietCount === 0 && originalLog) console.log = originalLog;
  };
}

/** Starts the real Node server in-process (PORT 0 = any free port); `close()` also removes its data. */
export async function startServer(): Promise<TestServer> {
  await ensureClientAssets();
  const unquiet = quietRequestLog();
  const dataDir = await mkdtemp(join(tmpdir(), "heard-browser-"));
  const dbFile = join(dataDir, "heard.db");
  const server = await startNodeServer({
    PORT: 0,
    HOST: "127.0.0.1",
    HEARD_DATA_DIR: dataDir,
    HEARD_DB: dbFile,
  });
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    dbFile,
    async close() {
      await server.close();
      unquiet();
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
