import os from "node:os";
import { describe, expect, it } from "vitest";
import { sampleCpu } from "./cpu-use";

// The bench reads these figures to say what limits a rate, so they must tell a busy main thread
// from an idle one. Measured on this very process (vitest runs each test file in a forked process,
// whose main thread runs the test).
const cores = os.cpus().length;

function spin(ms: number) {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) n++;
  return n;
}

describe("sampleCpu", () => {
  it("sees the main thread busy while it computes", () => {
    const cpu = sampleCpu(process.pid, cores);
    spin(500);
    const use = cpu.stop();
    expect(use).toBeDefined();
    // Near 1 on a quiet machine; other test files share the two cores, so only more than 0.4.
    expect(use?.mainThread).toBeGreaterThan(0.4);
    expect(use?.mainThread).toBeLessThan(1.2);
    // Every thread of the process counts towards the server's cores, the main thread among them.
    expect(use?.serverCores).toBeGreaterThanOrEqual((use?.mainThread ?? 0) - 0.05);
    expect(use?.machineIdle).toBeGreaterThanOrEqual(0);
    expect(use?.machineIdle).toBeLessThanOrEqual(1);
  });

  it("sees the main thread idle while it waits", async () => {
    const cpu = sampleCpu(process.pid, cores);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(cpu.stop()?.mainThread).toBeLessThan(0.25);
  });

  it("gives nothing for a process that is not there", () => {
    expect(sampleCpu(2 ** 30, cores).stop()).toBeUndefined();
  });
});
