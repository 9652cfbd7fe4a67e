import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./attempt-limiter";

const MINUTE = 60_000;

describe("AttemptLimiter", () => {
  it("lets a key make `limit` attempts in the window, then names the wait in whole seconds", () => {
    const limiter = new AttemptLimiter(3, MINUTE);
    for (const at of [0, 10_000, 20_000]) {
      expect(limiter.retryAfter("a", at)).toBe(0);
      limiter.record("a", at);
    }
    // The first attempt (at 0) leaves the window at 60 s; asked at 20.5 s that is 39.5 s away.
    expect(limiter.retryAfter("a", 20_500)).toBe(40);
  });

  it("slides: once the oldest attempt is a window old, one more is allowed", () => {
    const limiter = new AttemptLimiter(2, MINUTE);
    limiter.record("a", 0);
    limiter.record("a", 30_000);
    expect(limiter.retryAfter("a", 59_999)).toBe(1);
    expect(limiter.retryAfter("a", 60_000)).toBe(0);
    limiter.record("a", 60_000);
    // 30 s and 60 s are both still inside the window at 89 s.
    expect(limiter.retryAfter("a", 89_000)).toBe(1);
  });

  it("counts each key on its own", () => {
    const limiter = new AttemptLimiter(1, MINUTE);
    limiter.record("a", 0);
    expect(limiter.retryAfter("a", 1)).toBeGreaterThan(0);
    expect(limiter.retryAfter("b", 1)).toBe(0);
  });

  it("forgets a key on clear", () => {
    const limiter = new AttemptLimiter(1, MINUTE);
    limiter.record("a", 0);
    limiter.clear("a");
    expect(limiter.retryAfter("a", 1)).toBe(0);
  });

  it("keeps memory bounded: past maxKeys the earliest key is dropped", () => {
    const limiter = new AttemptLimiter(1, MINUTE, 2);
    limiter.record("a", 0);
    limiter.record("b", 0);
    limiter.record("c", 0);
    expect(limiter.retryAfter("a", 1)).toBe(0);
    expect(limiter.retryAfter("b", 1)).toBeGreaterThan(0);
    expect(limiter.retryAfter("c", 1)).toBeGreaterThan(0);
  });
});
