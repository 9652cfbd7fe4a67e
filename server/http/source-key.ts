import type { Context, MiddlewareHandler } from "hono";
import { sha256HexSync } from "../domain/crypto/sha256-hex";
import type { AppEnv } from "./app-env";

/** How a runtime entry tells the app where a request came from (the socket, or Cloudflare's header). */
export type SourceOf = (c: Context) => string | undefined;

// A random salt per process: the keys cannot be reversed into addresses, and they mean nothing after
// a restart. Nothing keyed by them is ever written to disk. Made on first use: Workers forbid
// random numbers in global scope.
let salt: string | undefined;
const saltOnce = () => {
  salt ??= crypto.getRandomValues(new Uint32Array(4)).join(".");
  return salt;
};

/** Puts `c.var.sourceKey` on the request for rate limits; "unknown" when the runtime cannot tell. */
export function sourceKeyMiddleware(sourceOf: SourceOf | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const source = sourceOf?.(c);
    c.set("sourceKey", source ? sha256HexSync(`${saltOnce()}:${source}`).slice(0, 32) : "unknown");
    await next();
  };
}
