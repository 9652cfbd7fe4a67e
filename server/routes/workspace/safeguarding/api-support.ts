import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../../http/app-env";
import { errorSchema } from "../../../http/error-schema";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { sealingKey } from "../../../services/sealing-key";
import type { Opener } from "./open-sealed";

/** An OpenAPI JSON body. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

/** An OpenAPI error answer in our one error shape. */
export const problem = (description: string) => ({ description, ...json(errorSchema) });

/** The answers every queue endpoint may give before it runs. */
export const guarded = {
  401: problem("Not signed in"),
  403: problem("Only the safeguarding lead may do this"),
};

export const tags = ["Officers: safeguarding"];
export const canRead = requirePermission("safeguarding:read");
export const canWrite = requirePermission("safeguarding:write");

/** Who is opening, with the key and their language, for `openItem` and `openContact`. */
export async function openerFor(c: Context<AppEnv>): Promise<Opener> {
  return { db: c.var.db, key: await sealingKey(c.var.config), staff: staffOf(c), locale: c.var.locale };
}
