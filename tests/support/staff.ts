import { findStaffByEmail, updateStaff } from "../../server/db/queries/staff-users";
import type { Role } from "../../server/domain/auth/roles";
import { currentTotp, newTotpSecret } from "../../server/domain/auth/totp";
import { importSealingKey, seal } from "../../server/domain/crypto/sealed-text";
import { COMMAND_LINE, createStaff } from "../../server/services/auth/staff-accounts";
import { TEST_KEY, type TestApp } from "./test-app";

export const STAFF_PASSWORD = "correct horse battery staple";

/** The origin `app.request` uses; officer writes must come from it. */
export const SAME_ORIGIN = "http://localhost";

export type SignedIn = {
  email: string;
  role: Role;
  /** The `cookie` header value for this officer's session. */
  cookie: string;
  /** The TOTP secret, for roles that have one. */
  totpSecret?: string;
  /** GET/POST/… as this officer, JSON bodies, same origin. */
  request(
    path: string,
    init?: { method?: string; json?: unknown; form?: Record<string, string | string[]> },
  ): Promise<Response>;
};

/**
 * Adds an officer straight through the service (as `heard admin create` does), with the second factor
 * already set up for roles that need one, so a test can sign in in one call.
 */
export async function addStaff(
  t: TestApp,
  role: Role,
  email = `${role}@example.org`,
): Promise<{ email: string; totpSecret?: string }> {
  const created = await createStaff(t.sqlite.db, COMMAND_LINE, {
    email,
    role,
    password: STAFF_PASSWORD,
    chosenByUser: true,
  });
  if ("problem" in created) throw new Error(`could not add ${email}: ${created.problem}`);
  if (role !== "admin" && role !== "safeguarding") return { email };
  const totpSecret = newTotpSecret();
  const user = await findStaffByEmail(t.sqlite.db, email);
  if (!user) throw new Error("staff user vanished");
  await updateStaff(t.sqlite.db, user.id, {
    totpSealed: await seal(await importSealingKey(TEST_KEY), totpSecret),
  });
  return { email, totpSecret };
}

/** Signs in through the real API (password, then the TOTP code when the role has one). */
export async function signIn(t: TestApp, email: string, totpSecret?: string): Promise<string> {
  const res = await t.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN },
    body: JSON.stringify({ email, password: STAFF_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (totpSecret) {
    const second = await t.app.request("/api/auth/second-factor", {
      method: "POST",
      headers: { "content-type": "application/json", origin: SAME_ORIGIN, cookie },
      body: JSON.stringify({ code: currentTotp(totpSecret) }),
    });
    if (second.status !== 200)
      throw new Error(`second factor failed: ${second.status} ${await second.text()}`);
  }
  return cookie;
}

/** Adds an officer of `role` and signs them in. */
export async function signedIn(t: TestApp, role: Role, email?: string): Promise<SignedIn> {
  const added = await addStaff(t, role, email);
  const cookie = await signIn(t, added.email, added.totpSecret);
  return {
    ...added,
    role,
    cookie,
    async request(path, init = {}) {
      const headers: Record<string, string> = { cookie, origin: SAME_ORIGIN };
      let body: BodyInit | undefined;
      if (init.json !== undefined) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(init.json);
      } else if (init.form) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(init.form)) for (const x of [v].flat()) params.append(k, x);
        body = params;
      }
      return t.app.request(path, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
    },
  };
}
