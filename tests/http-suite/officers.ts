import { type Role, requiresSecondFactor } from "../../server/domain/auth/roles";
import { currentTotp, newTotpSecret } from "../../server/domain/auth/totp";
import { type Browser, browser } from "./browser";
import { STAFF_PASSWORD, type Target, token } from "./target";

/** A signed-in officer: their browser (holding the session cookie) and who they are. */
export type Officer = Browser & { email: string; role: Role; totpSecret?: string };

/** Adds an officer of `role` (with a second factor for the roles that need one); not signed in. */
export async function addOfficer(
  target: Target,
  role: Role,
): Promise<{ email: string; totpSecret?: string }> {
  const email = `${role}-${token()}@example.org`;
  const totpSecret = requiresSecondFactor(role) ? newTotpSecret() : undefined;
  await target.addStaff(email, role, { totpSecret });
  return { email, totpSecret };
}

/** Signs in through the API: the password, then the authenticator code when the role has one. */
export async function signIn(target: Target, who: { email: string; totpSecret?: string }): Promise<Browser> {
  const b = browser(target);
  const login = await b.send("/api/auth/login", { json: { email: who.email, password: STAFF_PASSWORD } });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  if (who.totpSecret) {
    const code = currentTotp(who.totpSecret);
    const second = await b.send("/api/auth/second-factor", { json: { code } });
    if (second.status !== 200)
      throw new Error(`second factor failed: ${second.status} ${await second.text()}`);
  }
  return b;
}

const signedIn = new WeakMap<Target, Map<Role, Promise<Officer>>>();

/**
 * One signed-in officer per role and target, shared by every case: a TOTP code works once per
 * 30-second step, so signing the same person in twice in a row could fail on the second.
 */
export function officer(target: Target, role: Role): Promise<Officer> {
  const byRole = signedIn.get(target) ?? new Map<Role, Promise<Officer>>();
  signedIn.set(target, byRole);
  let found = byRole.get(role);
  if (!found) {
    found = (async () => {
      const who = await addOfficer(target, role);
      return Object.assign(await signIn(target, who), { ...who, role });
    })();
    byRole.set(role, found);
  }
  return found;
}
