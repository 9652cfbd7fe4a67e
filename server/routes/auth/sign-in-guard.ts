import type { Context } from "hono";
import { AttemptLimiter } from "../../domain/rate-limit/attempt-limiter";
import type { AppEnv } from "../../http/app-env";
import { type SignInResult, signIn } from "../../services/auth/sign-in";

/**
 * Sign-in with the per-source throttle in front: 30 failures in 15 minutes from one source (an office
 * behind one address has room for typos) pauses that source. Per-account lockout is in `signIn`.
 */
export function guardedSignIn() {
  const failures = new AttemptLimiter(30, 15 * 60 * 1000);
  return async (c: Context<AppEnv>, input: { email: string; password: string }): Promise<SignInResult> => {
    const key = c.var.sourceKey;
    const wait = failures.retryAfter(key);
    if (wait > 0) return { ok: false, reason: "locked", retryAfter: wait };
    const result = await signIn(c.var.db, input);
    if (!result.ok && result.reason === "invalid") failures.record(key);
    return result;
  };
}
