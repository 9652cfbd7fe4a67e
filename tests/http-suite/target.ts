import type { Role } from "../../server/domain/auth/roles";

/** Every officer the suite adds signs in with this password (long enough for the password rules). */
export const STAFF_PASSWORD = "correct horse battery staple";

/**
 * One running Heard, reached only over HTTP, plus the one thing HTTP cannot do: put an officer
 * in its database (as `heard admin create` or a D1 console would). Each runtime implements it.
 */
export type Target = {
  /** "node" (embedded SQLite) or "worker" (workerd + local D1). */
  name: string;
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787. */
  url: string;
  /** The key the target seals disclosures and TOTP secrets with. */
  safeguardingKey: string;
  /** Adds an officer with STAFF_PASSWORD; with `totpSecret`, their second factor is already set up. */
  addStaff(email: string, role: Role, options?: { totpSecret?: string }): Promise<void>;
};

/** Cases are registered before `beforeAll` has started the target, so they read it lazily. */
export type TargetRef = () => Target;

/** A short random lower-case word, so one case's data never matches another's filters. */
export function token(): string {
  const letters = "abcdefghjkmnpqrstuvwxyz";
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => letters[b % letters.length]).join("");
}
