import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

function totpFor(secretBase32: string, label = "") {
  return new TOTP({
    issuer: "Heard",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit TOTP secret in base32, as authenticator apps expect (RFC 4226 §4). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from a QR code. */
export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/** The current code, for tests and for showing nothing else. */
export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now });
}

/**
 * Checks a code with one step of clock drift either way. Returns the step it matched, or null when
 * it does not match or that step (or a later one) was already used: a code works once (RFC 6238 §5.2).
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
