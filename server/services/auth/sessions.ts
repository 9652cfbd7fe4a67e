import type { Db } from "../../db/db";
import { insertSession } from "../../db/queries/staff-sessions";
import type { Stage } from "../../domain/auth/sign-in-stages";
import { randomToken, sha256Hex } from "../../domain/crypto/sha256-hex";

/** The session cookie: HttpOnly, SameSite=Strict, Secure behind HTTPS; the token is never stored. */
export const STAFF_COOKIE = "heard_staff";

export function hashSessionToken(token: string): Promise<string> {
  return sha256Hex(`heard-session:${token}`);
}

/** Starts a session at `stage` and returns the token for the cookie. */
export async function startSession(db: Db, userId: string, stage: Stage, now = Date.now()): Promise<string> {
  const token = randomToken();
  await insertSession(db, {
    tokenHash: await hashSessionToken(token),
    userId,
    stage,
    startedAt: now,
    seenAt: now,
  });
  return token;
}
