import { afterAll, beforeAll, describe } from "vitest";
import { registerAllCases } from "./cases";
import type { Target } from "./target";
import { startWorkerTarget } from "./worker-target";

// The HTTP suite against `wrangler dev` (workerd + local D1 + Workers assets); node.test.ts runs the same cases on Node.
describe("the HTTP suite on Workers (wrangler dev: workerd + local D1)", () => {
  let target: (Target & { stop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    target = await startWorkerTarget();
  });
  afterAll(async () => {
    await target?.stop();
  });
  registerAllCases(() => {
    if (!target) throw new Error("wrangler dev did not start");
    return target;
  });
});
