// AES-256-GCM through WebCrypto (crypto.subtle), so the same code seals and opens on Node and on
// Workers. A sealed value is "v1.<iv>.<ciphertext>", both base64url: self-describing, so the format
// can change later without guessing.

const VERSION = "v1";

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** Reads a 256-bit key given as base64 (or base64url); throws a message an operator can act on. */
export async function importSealingKey(base64: string): Promise<CryptoKey> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = fromBase64Url(base64.trim().replace(/=+$/, ""));
  } catch {
    throw new Error("HEARD_SAFEGUARDING_KEY must be base64: 32 random bytes, e.g. `openssl rand -base64 32`");
  }
  if (raw.length !== 32) {
    throw new Error(`HEARD_SAFEGUARDING_KEY must be 32 bytes of base64 (it decodes to ${raw.length} bytes)`);
  }
  return crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
}

/** A fresh random key as base64, for a new installation. */
export function newSealingKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
}

/** Encrypts text with a fresh random 96-bit IV. */
export async function seal(key: CryptoKey, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new TextEncoder().encode(plaintext);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, data));
  return `${VERSION}.${toBase64Url(iv)}.${toBase64Url(sealed)}`;
}

/** Decrypts a sealed value; throws if it was tampered with or sealed with another key. */
export async function unseal(key: CryptoKey, sealed: string): Promise<string> {
  const [version, iv, data] = sealed.split(".");
  if (version !== VERSION || !iv || !data)
    throw new Error("Not a sealed value this version of Heard can open");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64Url(iv) },
    key,
    fromBase64Url(data),
  );
  return new TextDecoder().decode(plain);
}
