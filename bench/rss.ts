import { readFileSync } from "node:fs";

/** A process's resident memory in MB from /proc (Linux), or undefined where there is no /proc. */
function residentMb(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * Samples the server process's RSS (every thread, SQLite's page cache included) while load runs, so
 * the peak is the peak under that load rather than over the process's whole life.
 */
export function sampleRss(pid: number, everyMs = 50) {
  let peak: number | undefined;
  const sample = () => {
    const now = residentMb(pid, "VmRSS");
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** Stops sampling; the peak in MB (undefined without /proc). */
    stop(): number | undefined {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The process's high-water mark over its whole life so far, in MB. */
export const lifetimePeakMb = (pid: number) => residentMb(pid, "VmHWM");
