import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

/** A real `heard serve` in its own process, on a fresh database. */
export type BenchServer = {
  url: string;
  pid: number;
  /** Stops the server (SIGTERM, so it closes the database cleanly) and returns the responses stored. */
  stop(): Promise<{ stored: number }>;
};

/**
 * Starts the built server (`dist/server/cli.js`) on `port` and waits until /healthz answers. The
 * submission rate limit is off (HEARD_SUBMIT_LIMIT_PER_MINUTE=0): every request comes from one
 * address here. `nodeArgs` lets a run profile the server (`--cpu-prof`).
 */
export async function startBenchServer(port: number, nodeArgs: string[] = []): Promise<BenchServer> {
  const dir = await mkdtemp(join(tmpdir(), "heard-bench-"));
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "dist/server/cli.js", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      HEARD_DATA_DIR: dir,
      HEARD_SUBMIT_LIMIT_PER_MINUTE: "0",
    },
    // The request log goes nowhere (writing it to a terminal would slow the server); errors show.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`bench server exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("bench server did not start within 30 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      const database = new DatabaseSync(join(dir, "heard.db"), { readOnly: true });
      try {
        const row = database.prepare("select count(*) as n from responses").get() as { n: number };
        return { stored: row.n };
      } finally {
        database.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
