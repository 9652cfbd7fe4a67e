import type { Context, MiddlewareHandler } from "hono";
import { can, type Permission } from "../domain/auth/roles";
import type { AppEnv, StaffContext } from "./app-env";
import { Problem } from "./problem";

const isApi = (c: Context) => c.req.path.startsWith("/api/");

/** Where each unfinished sign-in stage continues. */
export const STAGE_PAGES = {
  "second-factor": "/workspace/sign-in/code",
  "new-password": "/workspace/sign-in/new-password",
  enrol: "/workspace/sign-in/set-up-code",
} as const;

/**
 * Lets the request through only for a fully signed-in officer whose role has `permission`. The API
 * answers 401 (not signed in) or 403 (wrong role); pages send people to sign in, or say no plainly.
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = c.var.staff;
    if (!staff || staff.stage !== "full") {
      if (isApi(c)) throw new Problem(401, "unauthenticated", "Sign in to use this.");
      if (staff && staff.stage !== "full") return c.redirect(STAGE_PAGES[staff.stage], 303);
      const next = encodeURIComponent(c.req.path + (new URL(c.req.url).search || ""));
      return c.redirect(`/workspace/sign-in?next=${next}`, 303);
    }
    if (!can(staff.role, permission)) {
      throw new Problem(403, "forbidden", "Your role does not allow this.");
    }
    await next();
  };
}

/** The signed-in officer in a handler behind `requirePermission`. */
export function staffOf(c: Context<AppEnv>): StaffContext {
  const staff = c.var.staff;
  if (!staff) throw new Problem(401, "unauthenticated", "Sign in to use this.");
  return staff;
}
