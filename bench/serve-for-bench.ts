import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A real `heard serve` in its own process (its own core), on a fresh database. */
export type BenchServer = { url: string; pid: number; stop(): Promise<void> };

/** Starts the built server (`dist/server/cli.js`) on a free port and waits until /healthz answers. */
export async function startBenchServer(port: number): Promise<BenchServer> {
  const dir = await mkdtemp(join(tmpdir(), "heard-bench-"));
  const child: ChildProcess = spawn(process.execPath, ["dist/server/cli.js", "serve"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", HEARD_DATA_DIR: dir },
    stdio: ["ignore", "ignore", "inherit"], // the request log would only slow the server down
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("bench server did not start within 30 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
