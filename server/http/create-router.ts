import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { Problem } from "./problem";

/**
 * A router whose zod validation failures become our 400 shape, with one issue per field, so every
 * route answers bad input the same way.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.join(".") || "(body)",
        message: issue.message,
      }));
      throw new Problem(400, "invalid_request", "Some of what was sent is not valid. See issues.", issues);
    },
  });
}

/** The app and feature routers share one type so features mount with `app.route()`. */
export type Router = ReturnType<typeof createRouter>;
