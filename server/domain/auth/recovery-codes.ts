import { sha256Hex } from "../crypto/sha256-hex";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U to misread

/** Ten one-use codes for when the phone with the authenticator app is lost; 50 bits each. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = crypto.getRandomValues(new Uint8Array(10));
    const chars = [...bytes].map((b) => ALPHABET[b & 31]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Upper-cases and drops spaces and dashes, and reads look-alike letters as Crockford does. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

/** SHA-256 of the normalised code, hex: only hashes are stored. */
export async function hashRecoveryCode(code: string): Promise<string> {
  return sha256Hex(`heard-recovery:${normaliseRecoveryCode(code)}`);
}
