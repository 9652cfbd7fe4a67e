/**
 * Classic SQL-injection strings, each short enough for an 80-character theme label. If any reached
 * SQLite as SQL rather than as a bound value, a table would go, a filter would match everything,
 * or the statement would fail with a 500.
 */
export const INJECTIONS = [
  "'; DROP TABLE responses; --",
  '" OR 1=1 --',
  "' OR '1'='1",
  "%' UNION SELECT email, password_hash FROM staff_users --",
  "Robert'); DROP TABLE answers;--",
  "1; DELETE FROM audit_log WHERE 1=1; --",
  "') OR ('x'='x",
  "' || (SELECT sqlite_version()) || '",
  "x'; ATTACH DATABASE '/tmp/heard-pwned.db' AS p; --",
  "back\\slash \\' \\\" \\\\ and a trailing \\",
  "nul \u0000 in the middle",
  "100% _wild_ [cards] *and* ?marks",
] as const;

/** Tables that must survive every string above. */
export const KEY_TABLES = [
  "responses",
  "answers",
  "staff_users",
  "staff_sessions",
  "audit_log",
  "themes",
  "answer_codes",
  "safeguarding_items",
  "contact_requests",
  "drafts",
] as const;
