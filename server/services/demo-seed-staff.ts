import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { findStaffByEmail, updateStaff } from "../db/queries/staff-users";
import { type Role, requiresSecondFactor } from "../domain/auth/roles";
import { newTotpSecret, totpUri } from "../domain/auth/totp";
import { seal } from "../domain/crypto/sealed-text";
import { hashPassword } from "./auth/passwords";
import { COMMAND_LINE, createStaff } from "./auth/staff-accounts";
import { sealingKey } from "./sealing-key";

/** A demo officer: sign-in details to print once, for a newcomer to try each role. */
export type DemoAccount = {
  email: string;
  role: Role;
  userId: string;
  totpSecret?: string;
  totpUri?: string;
};

/** The demo's officers, one per role, at a reserved domain (RFC 2606) so nobody mistakes them for real. */
export const DEMO_EMAILS: Record<Role, string> = {
  admin: "admin@demo.example",
  analyst: "analyst@demo.example",
  safeguarding: "safeguarding@demo.example",
  viewer: "viewer@demo.example",
};

/** A random demo password (from `crypto`, never the demo's seeded generator): printed, never stored plain. */
export function newDemoPassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => letters[b % letters.length]).join("");
  return `demo-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * Adds (or, on a forced re-run, resets) one officer per role with `password`, which they need not
 * change; admin and safeguarding get an authenticator secret, returned so it can be printed.
 */
export async function seedDemoStaff(db: Db, config: AppConfig, password: string): Promise<DemoAccount[]> {
  const key = await sealingKey(config);
  const accounts: DemoAccount[] = [];
  for (const [role, email] of Object.entries(DEMO_EMAILS) as [Role, string][]) {
    const existing = await findStaffByEmail(db, email);
    let userId = existing?.id;
    if (!userId) {
      const made = await createStaff(db, COMMAND_LINE, { email, role, password, chosenByUser: true });
      if ("problem" in made) throw new Error(`Could not add the demo officer ${email}: ${made.problem}`);
      userId = made.id;
    }
    const totpSecret = requiresSecondFactor(role) ? newTotpSecret() : undefined;
    await updateStaff(db, userId, {
      role,
      disabled: false,
      mustChangePassword: false,
      failedSignIns: 0,
      lockedUntil: null,
      totpLastStep: null,
      recoveryHashes: [],
      totpSealed: totpSecret ? await seal(key, totpSecret) : null,
      ...(existing ? { passwordHash: await hashPassword(password) } : {}),
    });
    accounts.push({
      email,
      role,
      userId,
      ...(totpSecret ? { totpSecret, totpUri: totpUri(totpSecret, email) } : {}),
    });
  }
  return accounts;
}
