import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

/**
 * How the server's memory is set up in the bench: as docs/deploy.md sets it up in the systemd unit,
 * so the memory measured is the memory a deployment sees. V8 sizes its heap from the machine's RAM
 * (generously, on a large machine); these keep it to what a small server would give it, and
 * MALLOC_ARENA_MAX stops each thread (database workers, libuv) keeping its own malloc arena.
 * BENCH_NODE_OPTIONS overrides the flags.
 */
export const SERVER_NODE_OPTIONS =
  process.env.BENCH_NODE_OPTIONS ?? "--max-semi-space-size=8 --max-old-space-size=256";
const SERVER_MALLOC_ARENA_MAX = "2";

/** A real `heard serve` in its own process, on a fresh database. */
export type BenchServer = {
  url: string;
  pid: number;
  /** Stops the server (SIGTERM: it closes the database cleanly); the responses stored in its file. */
  stop(): Promise<{ stored: number | undefined }>;
};

export type BenchServerOptions = {
  port: number;
  /** Keep the database in memory (nothing durable): the same server without the disk. */
  inMemory?: boolean;
  /** Extra node arguments, such as --cpu-prof. */
  nodeArgs?: string[];
};

/**
 * Starts the built server (`dist/server/cli.js serve`) and waits until /healthz answers. The
 * submission rate limit is off (HEARD_SUBMIT_LIMIT_PER_MINUTE=0): every request comes from one address.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const dir = await mkdtemp(join(tmpdir(), "heard-bench-"));
  const file = join(dir, "heard.db");
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "dist/server/cli.js", "serve"],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: SERVER_NODE_OPTIONS,
        MALLOC_ARENA_MAX: SERVER_MALLOC_ARENA_MAX,
        PORT: String(options.port),
        HOST: "127.0.0.1",
        HEARD_DATA_DIR: dir,
        HEARD_DB: options.inMemory ? ":memory:" : file,
        HEARD_SUBMIT_LIMIT_PER_MINUTE: "0",
      },
      // The request log goes nowhere (writing it to a terminal would slow the server); errors show.
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
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
      try {
        if (options.inMemory) return { stored: undefined };
        const database = new DatabaseSync(file, { readOnly: true });
        try {
          const row = database.prepare("select count(*) as n from responses").get() as { n: number };
          return { stored: row.n };
        } finally {
          database.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
