/** A session ends after 30 minutes without a request… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …or 12 hours after sign-in, whichever comes first. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Refreshing "last seen" on every request would be a write per click; once a minute is enough. */
export const SESSION_TOUCH_MS = 60 * 1000;

export type SessionTimes = { startedAt: number; seenAt: number };

/** Whether a session is still alive at `now`. */
export function sessionIsLive(session: SessionTimes, now: number): boolean {
  return now - session.seenAt < SESSION_IDLE_MS && now - session.startedAt < SESSION_ABSOLUTE_MS;
}

/** Whether to record that the session was used now. */
export function sessionNeedsTouch(session: SessionTimes, now: number): boolean {
  return now - session.seenAt >= SESSION_TOUCH_MS;
}
