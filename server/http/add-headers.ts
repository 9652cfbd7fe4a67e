import type { MiddlewareHandler } from "hono";

/**
 * Adds headers to every response the rest of the chain makes, as secureHeaders does: on the
 * finished response's own headers. `c.header()` after `next()` would copy the response into a new
 * one (a web stream and all) on every request.
 */
export function addHeaders(headers: Readonly<Record<string, string>>): MiddlewareHandler {
  const entries = Object.entries(headers);
  return async (c, next) => {
    await next();
    for (const [name, value] of entries) c.res.headers.set(name, value);
  };
}
