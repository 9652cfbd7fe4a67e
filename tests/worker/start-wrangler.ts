import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { newSealingKey } from "../../server/domain/crypto/sealed-text";

/** A running `wrangler dev` (workerd + local D1) and how to end it. */
export type WranglerDev = { url: string; persistDir: string; stop(): Promise<void> };

/** Options for {@link startWrangler}; the defaults suit a 2-core CI machine. */
export type StartWranglerOptions = { timeoutMs?: number; safeguardingKey?: string };

const root = fileURLToPath(new URL("../..", import.meta.url));
const wranglerBin = join(root, "node_modules/wrangler/bin/wrangler.js");
const run = promisify(execFile);

// Never prompt, never phone home, and keep wrangler's debug logs out of the user's home directory.
function wranglerEnv(logDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: "true",
    WRANGLER_SEND_METRICS: "false",
    NO_UPDATE_NOTIFIER: "1",
    WRANGLER_LOG_PATH: logDir,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// Workers assets need the directory to exist; build it only when missing so a suite run after
// `npm run build` does not rebuild (and does not delete files another suite is reading).
async function ensureClientAssets(): Promise<void> {
  if (existsSync(join(root, "dist/public/assets/heard.css"))) return;
  await run(process.execPath, [join(root, "scripts/build.mjs"), "--client"], { cwd: root });
}

/** Keeps the last lines a process printed, for error messages. */
function tail(limit: number) {
  const lines: string[] = [];
  return {
    push(chunk: Buffer) {
      lines.push(...chunk.toString("utf8").split(/\r?\n/).filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    text: () => lines.join("\n"),
  };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  // Negative pid: the whole group (wrangler's node, esbuild, workerd), since the child was detached.
  // Also after wrangler itself has exited, because workerd can outlive it.
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `wrangler dev exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`,
      );
    }
    try {
      // Any answer counts, even a 503: the test, not start-up, judges what it says.
      const attempt = Math.max(1, Math.min(2_000, deadline - Date.now()));
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(attempt) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(
    `wrangler dev did not answer at ${url} within ${timeoutMs / 1000} s. Last output:\n${output()}`,
  );
}

/**
 * Applies the real migrations to a fresh local D1, then starts `wrangler dev --local` on a free port.
 * Always call `stop()` (in `afterAll`): it kills wrangler's whole process tree and removes the state.
 */
export async function startWrangler(options: StartWranglerOptions = {}): Promise<WranglerDev> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const state = await mkdtemp(join(tmpdir(), "heard-wrangler-"));
  const env = wranglerEnv(join(state, "logs"));
  const persist = join(state, "d1");
  await ensureClientAssets();
  try {
    await run(
      process.execPath,
      [wranglerBin, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist],
      {
        cwd: root,
        env,
      },
    );
  } catch (error) {
    await rm(state, { recursive: true, force: true });
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`wrangler d1 migrations apply failed:\n${stdout}\n${stderr}`);
  }

  const [port, inspectorPort] = [await freePort(), await freePort()];
  const args = ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port)];
  args.push(
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    persist,
    "--show-interactive-dev-session=false",
    // Secrets are never in wrangler.toml; a test key stands in for `wrangler secret put`.
    "--var",
    `HEARD_SAFEGUARDING_KEY:${options.safeguardingKey ?? newSealingKey()}`,
  );
  const child = spawn(process.execPath, [wranglerBin, ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = tail(40);
  child.stdout?.on("data", output.push);
  child.stderr?.on("data", output.push);
  // If the test process dies without reaching afterAll, do not leave workerd listening.
  const onExit = () => killGroup(child.pid, "SIGKILL");
  process.once("exit", onExit);

  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    process.off("exit", onExit);
    killGroup(child.pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup(child.pid, "SIGKILL");
    await rm(state, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, timeoutMs, output.text);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, persistDir: persist, stop };
}
