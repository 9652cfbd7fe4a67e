import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * SHA-256 of a string as lower-case hex. Synchronous pure JS (~2 µs for a receipt code), the same on
 * Node and Workers: Node's WebCrypto digest is a thread-pool job costing ~35 µs and a trip through
 * the event loop on every submission.
 */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** `sha256HexSync` for callers that already await it. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexSync(text);
}

/** A random token of `bytes` bytes, base64url, for cookies and one-off links. */
export function randomToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
