import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { deleteSession, findSession, updateSession } from "../db/queries/staff-sessions";
import { sessionIsLive, sessionNeedsTouch } from "../domain/auth/session-rules";
import { hashSessionToken, STAFF_COOKIE } from "../services/auth/sessions";
import type { AppEnv } from "./app-env";

/** Sets or clears the officer's session cookie. */
export function setStaffCookie(c: Context<AppEnv>, token: string | null) {
  const secure =
    new URL(c.req.url).protocol === "https:" || (c.var.config.HEARD_ORIGIN ?? "").startsWith("https:");
  if (token === null) {
    deleteCookie(c, STAFF_COOKIE, { path: "/", secure });
    return;
  }
  // No Max-Age: a session cookie, gone when the browser closes; the server ends it sooner anyway.
  setCookie(c, STAFF_COOKIE, token, { path: "/", httpOnly: true, sameSite: "Strict", secure });
}

/**
 * Finds the officer behind the session cookie, if any: a session past 30 idle minutes or 12 hours,
 * or of a disabled account, is deleted and treated as signed out.
 */
export function staffSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("staff", undefined);
    const token = getCookie(c, STAFF_COOKIE);
    if (token) {
      const tokenHash = await hashSessionToken(token);
      const row = await findSession(c.var.db, tokenHash);
      const now = Date.now();
      if (row && sessionIsLive(row, now) && !row.disabled) {
        if (sessionNeedsTouch(row, now)) await updateSession(c.var.db, tokenHash, { seenAt: now });
        c.set("staff", {
          userId: row.userId,
          email: row.email,
          role: row.role,
          stage: row.stage,
          tokenHash,
          pendingTotpSealed: row.pendingTotpSealed,
        });
      } else {
        if (row) await deleteSession(c.var.db, tokenHash);
        setStaffCookie(c, null);
      }
    }
    await next();
  };
}
