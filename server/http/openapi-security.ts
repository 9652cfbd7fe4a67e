import type { Router } from "./create-router";

const PUBLIC_AUTH = new Set(["/api/auth/login"]);

/**
 * Declares the officers' session cookie in the OpenAPI document and marks every officer endpoint
 * (tagged "Officers: …") as needing it, so API clients see which calls need signing in without each
 * route repeating it.
 */
export function documentStaffSecurity(app: Router) {
  app.openAPIRegistry.registerComponent("securitySchemes", "staffSession", {
    type: "apiKey",
    in: "cookie",
    name: "heard_staff",
    description: "Set by POST /api/auth/login (then POST /api/auth/second-factor for roles that use one).",
  });
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    const route = definition.route;
    const officer = route.tags?.some((tag) => tag.startsWith("Officers"));
    if (officer && !PUBLIC_AUTH.has(route.path)) route.security = [{ staffSession: [] }];
  }
}
