import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";

/**
 * Logs the route *pattern* (`/api/receipts/:code`), status and duration. Never the concrete path,
 * query, address or user agent: a receipt code or survey answer in a URL must not reach a log.
 */
export function requestLog(write: (line: string) => void = console.log): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    write(`${c.req.method} ${routePath(c, -1)} ${c.res.status} ${ms}ms`);
  };
}
