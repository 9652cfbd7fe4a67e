import type { Db } from "../../../db/db";
import { lastSignInDays } from "../../../db/queries/staff-last-sign-in";
import { findStaffById, listStaff, type StaffUser } from "../../../db/queries/staff-users";
import type { Role } from "../../../domain/auth/roles";

/** An officer as the users page and API show them: never a hash, a secret or a recovery code. */
export type UserRow = {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  secondFactor: boolean;
  lastSignIn: string | null;
  addedOn: string;
};

const toRow = (user: StaffUser, lastSignIn: ReadonlyMap<string, string>): UserRow => ({
  id: user.id,
  email: user.email,
  role: user.role,
  disabled: user.disabled,
  secondFactor: user.totpSealed !== null,
  lastSignIn: lastSignIn.get(user.id) ?? null,
  addedOn: user.addedOn,
});

/** Every officer, by email. */
export async function userRows(db: Db): Promise<UserRow[]> {
  const [users, lastSignIn] = await Promise.all([listStaff(db), lastSignInDays(db)]);
  return users.map((u) => toRow(u, lastSignIn));
}

/** One officer, or undefined. */
export async function userRow(db: Db, id: string): Promise<UserRow | undefined> {
  const user = await findStaffById(db, id);
  return user ? toRow(user, await lastSignInDays(db)) : undefined;
}
