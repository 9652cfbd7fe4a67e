import { hashPassword, verifyPassword } from "worker-password-auth";

/**
 * argon2id at OWASP's parameters (m=19 MiB, t=2, p=1) in WASM that runs on Node and on workerd;
 * the PHC string it returns carries the parameters, so they can be raised later.
 */
export { hashPassword };

let dummy: Promise<string> | undefined;

/**
 * Checks a password. With no stored hash (unknown email) it still does the same work against a
 * dummy hash, so the time taken does not reveal which emails have accounts.
 */
export async function checkPassword(password: string, hash: string | undefined): Promise<boolean> {
  if (hash) return verifyPassword(password, hash).catch(() => false);
  dummy ??= hashPassword("not a real password, only here to spend the same time");
  await verifyPassword(password, await dummy).catch(() => false);
  return false;
}
