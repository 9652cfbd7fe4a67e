import { afterAll, beforeAll, describe } from "vitest";
import { registerAllCases } from "./cases";
import { startNodeTarget } from "./node-target";
import type { Target } from "./target";

// The HTTP suite against the Node server over embedded SQLite; worker.test.ts runs the same cases on workerd.
describe("the HTTP suite on Node (embedded SQLite)", () => {
  let target: (Target & { stop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    target = await startNodeTarget();
  });
  afterAll(async () => {
    await target?.stop();
  });
  registerAllCases(() => {
    if (!target) throw new Error("the Node server did not start");
    return target;
  });
});
