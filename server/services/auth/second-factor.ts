import type { Db } from "../../db/db";
import { audit } from "../../db/queries/audit-log";
import { deleteSession, updateSession } from "../../db/queries/staff-sessions";
import { findStaffById, type StaffUser, updateStaff } from "../../db/queries/staff-users";
import { lockUntilAfterFailure } from "../../domain/auth/account-lockout";
import { passwordProblem } from "../../domain/auth/password-rules";
import { hashRecoveryCode, newRecoveryCodes } from "../../domain/auth/recovery-codes";
import { nextStage, type Stage, stagesBefore } from "../../domain/auth/sign-in-stages";
import { acceptTotp, newTotpSecret, totpUri } from "../../domain/auth/totp";
import { seal, unseal } from "../../domain/crypto/sealed-text";
import { hashPassword } from "./passwords";

type SessionRef = { tokenHash: string; userId: string; stage: Stage; pendingTotpSealed: string | null };

const accountOf = (user: StaffUser) => ({
  role: user.role,
  hasTotp: user.totpSealed !== null,
  mustChangePassword: user.mustChangePassword,
});

async function advance(db: Db, session: SessionRef, user: StaffUser, passed: Stage): Promise<Stage> {
  const done = stagesBefore(session.stage);
  done.add(passed);
  const stage = nextStage(accountOf(user), done);
  await updateSession(db, session.tokenHash, { stage, pendingTotpSealed: null });
  return stage;
}

/** Checks a 6-digit code or a recovery code; a recovery code is used up. Returns the next stage or null. */
export async function proveSecondFactor(
  db: Db,
  key: CryptoKey,
  session: SessionRef,
  code: string,
  now = Date.now(),
): Promise<Stage | null> {
  const user = await findStaffById(db, session.userId);
  if (!user?.totpSealed || session.stage !== "second-factor") return null;
  const step = acceptTotp(await unseal(key, user.totpSealed), code, user.totpLastStep, now);
  if (step !== null) {
    await updateStaff(db, user.id, { totpLastStep: step, failedSignIns: 0 });
    await audit(db, { actorId: user.id, actorEmail: user.email, action: "sign-in.second-factor" });
    return advance(db, session, user, "second-factor");
  }
  const hash = await hashRecoveryCode(code);
  if (user.recoveryHashes.includes(hash)) {
    await updateStaff(db, user.id, { recoveryHashes: user.recoveryHashes.filter((h) => h !== hash) });
    await audit(db, { actorId: user.id, actorEmail: user.email, action: "sign-in.recovery-code" });
    return advance(db, session, user, "second-factor");
  }
  // Wrong codes count towards the same lockout as wrong passwords; once locked, this half-finished
  // sign-in ends, so six digits cannot be guessed at leisure.
  const failures = user.failedSignIns + 1;
  const lockedUntil = lockUntilAfterFailure(failures, now);
  await updateStaff(db, user.id, { failedSignIns: failures, lockedUntil });
  if (lockedUntil) await deleteSession(db, session.tokenHash);
  await audit(db, {
    actorId: user.id,
    actorEmail: user.email,
    action: "sign-in.failed",
    detail: { reason: "wrong-code" },
  });
  return null;
}

/** Starts setting up an authenticator app: a new secret, kept (sealed) on the session until proven. */
export async function beginEnrolment(db: Db, key: CryptoKey, session: SessionRef, email: string) {
  const secret = session.pendingTotpSealed ? await unseal(key, session.pendingTotpSealed) : newTotpSecret();
  if (!session.pendingTotpSealed) {
    await updateSession(db, session.tokenHash, { pendingTotpSealed: await seal(key, secret) });
  }
  return { secret, uri: totpUri(secret, email) };
}

/** Finishes setup when the code matches; returns the recovery codes to show once, or null. */
export async function completeEnrolment(
  db: Db,
  key: CryptoKey,
  session: SessionRef,
  code: string,
  now = Date.now(),
): Promise<{ stage: Stage; recoveryCodes: string[] } | null> {
  const user = await findStaffById(db, session.userId);
  if (!user || !session.pendingTotpSealed) return null;
  const secret = await unseal(key, session.pendingTotpSealed);
  const step = acceptTotp(secret, code, null, now);
  if (step === null) return null;
  const recoveryCodes = newRecoveryCodes();
  const recoveryHashes = await Promise.all(recoveryCodes.map(hashRecoveryCode));
  await updateStaff(db, user.id, {
    totpSealed: session.pendingTotpSealed,
    totpLastStep: step,
    recoveryHashes,
  });
  await audit(db, {
    actorId: user.id,
    actorEmail: user.email,
    action: "user.second-factor-set-up",
    target: user.id,
  });
  const stage = await advance(db, session, { ...user, totpSealed: session.pendingTotpSealed }, "enrol");
  return { stage, recoveryCodes };
}

/** Replaces a password an admin reset. Returns an i18n problem key, or the next stage. */
export async function chooseNewPassword(
  db: Db,
  session: SessionRef,
  password: string,
): Promise<{ problem: "tooShort" | "tooLong" } | { stage: Stage }> {
  const problem = passwordProblem(password);
  if (problem) return { problem };
  const user = await findStaffById(db, session.userId);
  if (!user) return { problem: "tooShort" };
  await updateStaff(db, user.id, { passwordHash: await hashPassword(password), mustChangePassword: false });
  await audit(db, {
    actorId: user.id,
    actorEmail: user.email,
    action: "user.password-changed",
    target: user.id,
  });
  return { stage: await advance(db, session, { ...user, mustChangePassword: false }, "new-password") };
}
