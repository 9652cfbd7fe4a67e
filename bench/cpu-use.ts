import { readFileSync } from "node:fs";

/** How busy a server and the machine were over one load run. */
export type CpuUse = {
  /** Cores the server process kept busy: every thread (V8's collector, SQLite's pool) summed. */
  serverCores: number;
  /** Share of one core the server's main thread (its JavaScript and event loop) was busy, 0..1. */
  mainThread: number;
  /** Share of the whole machine's CPU time that went idle (iowait included), 0..1. */
  machineIdle: number;
};

// utime + stime, the 14th and 15th fields of /proc/<pid>/stat: counted after the ")" that closes
// the command name, which may itself hold spaces.
function ticksOf(statFile: string): number {
  const text = readFileSync(statFile, "utf8");
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

// The first line of /proc/stat: the whole machine's ticks by state (user nice system idle iowait ...).
function machineTicks(): { total: number; idle: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, n) => sum + n, 0);
  return { total, idle: (ticks[3] ?? 0) + (ticks[4] ?? 0) };
}

function snapshot(pid: number) {
  return {
    server: ticksOf(`/proc/${pid}/stat`),
    main: ticksOf(`/proc/${pid}/task/${pid}/stat`),
    machine: machineTicks(),
  };
}

/**
 * Starts measuring the CPU a server (by pid) and the machine use; `stop()` gives the figures since.
 * They say what limits a rate: a main thread near 1 is the server's JavaScript; a machine with no
 * idle left is the machine (the load generator shares it); neither means the server is waiting.
 * Undefined where there is no /proc (Linux only).
 */
export function sampleCpu(pid: number, cores: number): { stop(): CpuUse | undefined } {
  let start: ReturnType<typeof snapshot> | undefined;
  try {
    start = snapshot(pid);
  } catch {
    start = undefined;
  }
  return {
    stop() {
      if (!start) return undefined;
      try {
        const end = snapshot(pid);
        const machineTotal = end.machine.total - start.machine.total;
        // Ticks of one core over the run: the machine's ticks are summed over all its cores.
        const perCore = machineTotal / cores;
        if (perCore <= 0) return undefined;
        return {
          serverCores: (end.server - start.server) / perCore,
          mainThread: (end.main - start.main) / perCore,
          machineIdle: (end.machine.idle - start.machine.idle) / machineTotal,
        };
      } catch {
        return undefined;
      }
    },
  };
}
