/**
 * Counts attempts per key in a sliding window, in memory only: nothing about who tried is ever
 * written down. Keys are opaque (callers pass a keyed hash, never an address).
 */
export class AttemptLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  /** Records one attempt by `key`. */
  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.set(key, recent);
    // Bounded memory: a flood of distinct keys drops the oldest entries (Map keeps insertion order).
    if (this.hits.size > this.maxKeys) {
      const first = this.hits.keys().next().value;
      if (first !== undefined) this.hits.delete(first);
    }
  }

  /** Forgets `key`, e.g. after a successful sign-in. */
  clear(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const all = this.hits.get(key) ?? [];
    const recent = all.filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.hits.delete(key);
    return recent;
  }
}
