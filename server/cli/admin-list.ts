import type { StaffUser } from "../db/queries/staff-users";

/** `heard admin list` as aligned columns a person can scan; "-" where someone never signed in. */
export function formatStaffList(
  users: readonly StaffUser[],
  lastSignIn: ReadonlyMap<string, string>,
): string {
  if (users.length === 0) return "No officers yet. Add one with: heard admin create --email E --role admin\n";
  const header = ["EMAIL", "ROLE", "DISABLED", "SECOND FACTOR", "LAST SIGN-IN"];
  const rows = users.map((u) => [
    u.email,
    u.role,
    u.disabled ? "yes" : "no",
    u.totpSealed ? "yes" : "no",
    lastSignIn.get(u.id) ?? "-",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return `${[header, ...rows].map(line).join("\n")}\n`;
}
