import type { TFunction } from "i18next";
import type { Db } from "../../../db/db";
import type { Role } from "../../../domain/auth/roles";
import type { StaffContext } from "../../../http/app-env";
import { Problem } from "../../../http/problem";
import {
  type AccountProblem,
  type Actor,
  createStaff,
  resetStaff,
  setStaffDisabled,
  setStaffRole,
} from "../../../services/auth/staff-accounts";
import { type UserRow, userRow } from "./user-rows";

/** The signed-in admin, as the audit log names them. */
export const actorOf = (staff: StaffContext): Actor => ({ id: staff.userId, email: staff.email });

/** Which form field a refusal belongs to, for the pages' error summary. */
export const PROBLEM_FIELD: Record<AccountProblem, "email" | "password" | "role" | "access"> = {
  emailTaken: "email",
  emailInvalid: "email",
  tooShort: "password",
  tooLong: "password",
  notFound: "email",
  self: "role",
};

/** A refusal in the officer's language. */
export function problemMessage(t: TFunction, problem: AccountProblem): string {
  return problem === "tooShort" || problem === "tooLong"
    ? t(`ws.common.password.${problem}`)
    : t(`ws.admin.users.problems.${problem}`);
}

const STATUS = {
  emailTaken: 409,
  emailInvalid: 400,
  tooShort: 400,
  tooLong: 400,
  notFound: 404,
  self: 409,
} as const;
const CODE = {
  emailTaken: "email_taken",
  emailInvalid: "invalid_email",
  tooShort: "invalid_password",
  tooLong: "invalid_password",
  notFound: "not_found",
  self: "own_account",
} as const;

/** The API's answer to a refusal: our error shape, with the field named. */
export function accountProblem(t: TFunction, problem: AccountProblem): Problem {
  const message = problemMessage(t, problem);
  const field = PROBLEM_FIELD[problem];
  return new Problem(STATUS[problem], CODE[problem], message, [{ path: field, message }]);
}

type Outcome = { user: UserRow } | { problem: AccountProblem };

async function after(
  db: Db,
  id: string,
  result: { id: string } | { problem: AccountProblem },
): Promise<Outcome> {
  if ("problem" in result) return result;
  const user = await userRow(db, id);
  return user ? { user } : { problem: "notFound" };
}

/** Adds an officer with a temporary password. */
export async function addUser(
  db: Db,
  staff: StaffContext,
  input: { email: string; role: Role; password: string },
) {
  const made = await createStaff(db, actorOf(staff), input);
  return "problem" in made ? made : after(db, made.id, made);
}

/** Changes role and/or access; the service refuses an admin's own demotion or disabling. */
export async function changeUser(
  db: Db,
  staff: StaffContext,
  id: string,
  change: { role?: Role; disabled?: boolean },
): Promise<Outcome> {
  const user = await userRow(db, id);
  if (!user) return { problem: "notFound" };
  if (change.role !== undefined && change.role !== user.role) {
    const result = await setStaffRole(db, actorOf(staff), user.email, change.role);
    if (result.problem) return { problem: result.problem };
  }
  if (change.disabled !== undefined && change.disabled !== user.disabled) {
    const result = await setStaffDisabled(db, actorOf(staff), user.email, change.disabled);
    if (result.problem) return { problem: result.problem };
  }
  return after(db, id, { id });
}

/** Sets a temporary password (and, with `secondFactor`, removes the authenticator app). */
export async function resetUser(
  db: Db,
  staff: StaffContext,
  id: string,
  input: { password: string; secondFactor: boolean },
): Promise<Outcome> {
  const user = await userRow(db, id);
  if (!user) return { problem: "notFound" };
  return after(db, id, await resetStaff(db, actorOf(staff), { email: user.email, ...input }));
}
