import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { createRouter } from "../../http/create-router";
import { errorSchema } from "../../http/error-schema";

const health = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Is the service up and its database answering?",
  responses: {
    200: {
      description: "Healthy",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } },
    },
    503: { description: "Database not answering", content: { "application/json": { schema: errorSchema } } },
  },
});

/** `GET /healthz`: 200 only when a query reaches the database. */
export const healthRoutes = createRouter().openapi(health, async (c) => {
  try {
    await c.var.db.get(sql`select 1`);
    return c.json({ status: "ok" as const }, 200);
  } catch {
    return c.json({ error: { code: "unavailable", message: "The database is not answering." } }, 503);
  }
});
