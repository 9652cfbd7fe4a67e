import type { z } from "@hono/zod-openapi";
import { errorSchema } from "../../../http/error-schema";

/** An OpenAPI JSON body. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

/** An OpenAPI error answer in our one error shape. */
export const problem = (description: string) => ({ description, ...json(errorSchema) });

/** The answers every guarded endpoint may give before it runs. */
export const guarded = (who: string) => ({
  401: problem("Not signed in"),
  403: problem(`Only ${who} may do this`),
});
