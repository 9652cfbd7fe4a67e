import type { Db } from "../../db/db";
import { audit } from "../../db/queries/audit-log";
import { findStaffByEmail, updateStaff } from "../../db/queries/staff-users";
import { lockUntilAfterFailure } from "../../domain/auth/account-lockout";
import { normaliseEmail } from "../../domain/auth/password-rules";
import { nextStage, type Stage } from "../../domain/auth/sign-in-stages";
import { checkPassword } from "./passwords";
import { startSession } from "./sessions";

export type SignInResult =
  | { ok: true; token: string; stage: Stage; user: { id: string; email: string; role: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfter: number };

/**
 * Checks an email and password. Wrong email, wrong password and disabled account all look the same
 * to the person signing in; the audit log says which, naming the account only when one exists (a
 * mistyped email is never written down: it might be someone's password).
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string },
  now = Date.now(),
): Promise<SignInResult> {
  const user = await findStaffByEmail(db, normaliseEmail(input.email));
  if (user?.lockedUntil && user.lockedUntil > now) {
    await audit(db, { actorId: user.id, actorEmail: user.email, action: "sign-in.locked" });
    return { ok: false, reason: "locked", retryAfter: Math.ceil((user.lockedUntil - now) / 1000) };
  }
  const passwordOk = await checkPassword(input.password, user?.passwordHash);
  if (!user || !passwordOk || user.disabled) {
    if (user) {
      const failures = user.failedSignIns + 1;
      await updateStaff(db, user.id, {
        failedSignIns: failures,
        lockedUntil: lockUntilAfterFailure(failures, now),
      });
    }
    await audit(db, {
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? null,
      action: "sign-in.failed",
      detail: { reason: !user ? "unknown-account" : user.disabled ? "disabled" : "wrong-password" },
    });
    return { ok: false, reason: "invalid" };
  }
  await updateStaff(db, user.id, { failedSignIns: 0, lockedUntil: null });
  const stage = nextStage(
    { role: user.role, hasTotp: user.totpSealed !== null, mustChangePassword: user.mustChangePassword },
    new Set(),
  );
  const token = await startSession(db, user.id, stage, now);
  await audit(db, { actorId: user.id, actorEmail: user.email, action: "sign-in", detail: { stage } });
  return { ok: true, token, stage, user: { id: user.id, email: user.email, role: user.role } };
}
