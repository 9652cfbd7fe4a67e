/** Failed sign-ins an account may have before it is locked for a while. */
export const FAILS_BEFORE_LOCK = 5;
const BASE_LOCK_MS = 60 * 1000;
const MAX_LOCK_MS = 60 * 60 * 1000;

/**
 * After the fifth failure in a row the account locks for 1 minute, then doubles per further failure
 * up to an hour: slow enough to stop guessing, short enough that an attacker cannot lock an officer
 * out for a day. Returns the new lock expiry (ms) or null.
 */
export function lockUntilAfterFailure(failuresInARow: number, now: number): number | null {
  if (failuresInARow < FAILS_BEFORE_LOCK) return null;
  const doublings = failuresInARow - FAILS_BEFORE_LOCK;
  return now + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** doublings);
}
