/** Staff roles, least powerful last. */
export const ROLES = ["admin", "analyst", "safeguarding", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do. Least privilege: the board (viewer) sees aggregates only; nobody but the
 * designated safeguarding lead ever sees a possible disclosure, not even an admin.
 */
const PERMISSIONS = {
  "overview:read": ["admin", "analyst", "safeguarding", "viewer"],
  "responses:read": ["admin", "analyst"],
  "themes:read": ["admin", "analyst"],
  "themes:write": ["admin", "analyst"],
  "codes:write": ["admin", "analyst"],
  "surveys:manage": ["admin", "analyst"],
  "safeguarding:read": ["safeguarding"],
  "safeguarding:write": ["safeguarding"],
  "audit:read": ["admin"],
  "users:manage": ["admin"],
  "actions:read": ["admin", "analyst"],
  "actions:write": ["admin", "analyst"],
  "publications:write": ["admin", "analyst"],
  "publications:read": ["admin", "analyst", "viewer"],
  "reports:read": ["admin", "analyst", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether `role` may do `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles that must use a second factor: they can see the most sensitive things. */
export function requiresSecondFactor(role: Role): boolean {
  return role === "admin" || role === "safeguarding";
}
