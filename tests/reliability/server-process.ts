import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sqlite3 from "sqlite3";
import { newSealingKey } from "../../server/domain/crypto/sealed-text";

/** The repository root (package.json, dist/, migrations/). */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const CLI = join(repoRoot, "dist/server/cli.js");

/** Newest modification time of the files under `dir` (recursively). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * `npm run build` unless dist/server/cli.js is newer than every source and migration (as it is
 * straight after `npm test`'s own build), so the crash test always runs the code under test.
 */
export function ensureBuilt(): void {
  const sources = Math.max(...["server", "migrations", "surveys"].map((d) => newest(join(repoRoot, d))));
  if (existsSync(CLI) && statSync(CLI).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(repoRoot, "scripts/build.mjs")], { cwd: repoRoot, stdio: "inherit" });
}

/** A port nothing is listening on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/**
 * A test server's environment: port, its database in `dataDir`, the submission limit off (the load
 * comes from one address) and a fresh safeguarding key; and the URL it will answer on.
 */
export async function testServerEnv(dataDir: string) {
  const port = await freePort();
  const env = {
    PORT: String(port),
    HOST: "127.0.0.1",
    HEARD_DATA_DIR: dataDir,
    HEARD_DB: join(dataDir, "heard.db"),
    HEARD_SUBMIT_LIMIT_PER_MINUTE: "0",
    HEARD_SAFEGUARDING_KEY: newSealingKey(),
  };
  return { env, url: `http://127.0.0.1:${port}`, dbFile: env.HEARD_DB };
}

/** `node dist/server/cli.js serve` as its own process, so it can be killed like a real server. */
export type ServerProcess = { child: ChildProcess; stderr: string[] };

/** Starts the built server and resolves once /healthz answers 200. */
export async function startServer(env: Record<string, string>, url: string): Promise<ServerProcess> {
  // stdout (one line per request) is dropped: an unread pipe would eventually block the server.
  const child = spawn(process.execPath, [CLI, "serve"], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr.join("")}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (healthy) return { child, stderr };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start: ${stderr.join("")}`);
}

/** Sends `signal` and waits until the process is gone. */
export async function stopServer({ child }: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  await exited;
}

/** Runs read-only SQL on the file with the sqlite3 driver (no app code), then closes it. */
export async function inspect(file: string, queries: string[]): Promise<unknown[][]> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    const results: unknown[][] = [];
    for (const query of queries) {
      results.push(
        await new Promise<unknown[]>((resolve, reject) =>
          db.all(query, (error, rows) => (error ? reject(error) : resolve(rows))),
        ),
      );
    }
    return results;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** POSTs one submission; its status and, for a 201, its receipt code. Rejects if the connection fails. */
export async function submit(
  url: string,
  surveyId: string,
  answers: Record<string, unknown>,
): Promise<{ status: number; receipt?: string }> {
  const res = await fetch(`${url}/api/surveys/${surveyId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en", answers }),
  });
  const body = (await res.json()) as { receipt?: string };
  return { status: res.status, receipt: res.status === 201 ? body.receipt : undefined };
}
