import { sha256Hex } from "../crypto/sha256-hex";

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16; // 16 x 5 bits = 80 bits, well past the 64 bits that make guessing hopeless

/** A new random receipt code, shown grouped as `ABCD-EFGH-JKMN-PQRS`. Linked to nothing identifying. */
export function newReceiptCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/**
 * The canonical form of a code a person typed: upper case, no spaces or dashes, and the letters
 * people confuse with digits (I, L, O) read as the digits. Undefined when it cannot be a code.
 */
export function normaliseReceiptCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (code.length !== LENGTH) return undefined;
  for (const ch of code) if (!ALPHABET.includes(ch)) return undefined;
  return code;
}

/**
 * What the database keeps instead of the code: its SHA-256, so a copy of the database cannot be
 * used to look up or withdraw anyone's response. WebCrypto, so it runs on Node and Workers alike.
 */
export async function hashReceiptCode(canonical: string): Promise<string> {
  return sha256Hex(`heard-receipt:${canonical}`);
}
