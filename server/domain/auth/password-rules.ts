/**
 * NCSC and NIST SP 800-63B: length matters, composition rules do not; allow long passphrases and
 * anything a password manager generates. Returns an i18n key for the problem, or null.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function passwordProblem(password: string): "tooShort" | "tooLong" | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "tooShort";
  if (length > PASSWORD_MAX) return "tooLong";
  return null;
}

/** Emails compare case-insensitively and without surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
