import type { Db } from "../../db/db";
import { type AuditEvent, audit } from "../../db/queries/audit-log";
import { deleteSessionsOf } from "../../db/queries/staff-sessions";
import { findStaffByEmail, insertStaff, updateStaff } from "../../db/queries/staff-users";
import { normaliseEmail, passwordProblem } from "../../domain/auth/password-rules";
import type { Role } from "../../domain/auth/roles";
import { hashPassword } from "./passwords";

/** Who made a change: an officer in the workspace, or someone at the server's command line. */
export type Actor = { id: string | null; email: string | null };
export const COMMAND_LINE: Actor = { id: null, email: "command line" };

export type AccountProblem = "emailTaken" | "emailInvalid" | "tooShort" | "tooLong" | "notFound" | "self";

const by = (actor: Actor, event: Omit<AuditEvent, "actorId" | "actorEmail">): AuditEvent => ({
  actorId: actor.id,
  actorEmail: actor.email,
  ...event,
});

/** Adds an officer. A password set by someone else must be changed at first sign-in. */
export async function createStaff(
  db: Db,
  actor: Actor,
  input: { email: string; role: Role; password: string; chosenByUser?: boolean },
): Promise<{ id: string } | { problem: AccountProblem }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { problem: "emailInvalid" };
  const problem = passwordProblem(input.password);
  if (problem) return { problem };
  if (await findStaffByEmail(db, email)) return { problem: "emailTaken" };
  const id = crypto.randomUUID();
  await insertStaff(db, {
    id,
    email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.chosenByUser !== true,
  });
  await audit(db, by(actor, { action: "user.created", target: id, detail: { email, role: input.role } }));
  return { id };
}

/**
 * Disables or re-enables an account; disabling signs it out everywhere at once. Nobody disables
 * their own account: the workspace could otherwise be left with no admin able to sign in.
 */
export async function setStaffDisabled(db: Db, actor: Actor, email: string, disabled: boolean) {
  const user = await findStaffByEmail(db, normaliseEmail(email));
  if (!user) return { problem: "notFound" as const };
  if (disabled && user.id === actor.id) return { problem: "self" as const };
  await updateStaff(db, user.id, { disabled, failedSignIns: 0, lockedUntil: null });
  if (disabled) await deleteSessionsOf(db, user.id);
  await audit(
    db,
    by(actor, {
      action: disabled ? "user.disabled" : "user.enabled",
      target: user.id,
      detail: { email: user.email },
    }),
  );
  return { id: user.id };
}

/**
 * Changes a role; sessions end so the new permissions apply from the next sign-in. An admin cannot
 * change their own role (only admins manage users, so that would be a demotion they cannot undo).
 */
export async function setStaffRole(db: Db, actor: Actor, email: string, role: Role) {
  const user = await findStaffByEmail(db, normaliseEmail(email));
  if (!user) return { problem: "notFound" as const };
  if (user.id === actor.id && role !== user.role) return { problem: "self" as const };
  await updateStaff(db, user.id, { role });
  await deleteSessionsOf(db, user.id);
  await audit(
    db,
    by(actor, {
      action: "user.role-changed",
      target: user.id,
      detail: { email: user.email, from: user.role, to: role },
    }),
  );
  return { id: user.id };
}

/**
 * Sets a temporary password the officer must replace at next sign-in, and unlocks the account.
 * With `secondFactor`, also removes their authenticator (a lost phone); they set up a new one.
 */
export async function resetStaff(
  db: Db,
  actor: Actor,
  input: { email: string; password: string; secondFactor?: boolean },
): Promise<{ id: string } | { problem: AccountProblem }> {
  const user = await findStaffByEmail(db, normaliseEmail(input.email));
  if (!user) return { problem: "notFound" };
  const problem = passwordProblem(input.password);
  if (problem) return { problem };
  await updateStaff(db, user.id, {
    passwordHash: await hashPassword(input.password),
    mustChangePassword: true,
    failedSignIns: 0,
    lockedUntil: null,
    ...(input.secondFactor ? { totpSealed: null, totpLastStep: null, recoveryHashes: [] } : {}),
  });
  await deleteSessionsOf(db, user.id);
  await audit(
    db,
    by(actor, {
      action: "user.reset",
      target: user.id,
      detail: { email: user.email, secondFactor: input.secondFactor === true },
    }),
  );
  return { id: user.id };
}
