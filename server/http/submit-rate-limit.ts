import type { Context, MiddlewareHandler } from "hono";
import { AttemptLimiter } from "../domain/rate-limit/attempt-limiter";
import { TooManyPage } from "../views/pages/too-many-page";
import { renderPage } from "../views/render-page";
import type { AppEnv } from "./app-env";
import type { Router } from "./create-router";
import type { ErrorBody } from "./problem";

/** Every public write: submitting answers, asking to talk to someone, withdrawing with a receipt. */
export const PUBLIC_WRITES = [
  { method: "POST", path: "/api/surveys/:id/responses" },
  { method: "POST", path: "/s/:id/submit" },
  { method: "POST", path: "/talk-to-someone/send" },
  { method: "POST", path: "/withdraw" },
  { method: "DELETE", path: "/api/receipts/:code" },
] as const;

const MINUTE_MS = 60_000;

/**
 * Puts one per-source budget, `perMinute` writes in any sliding minute, in front of every public
 * write (0 mounts nothing, for load tests). A classroom behind one address sends about 60 a minute,
 * so the default of 120 leaves room. The key is `c.var.sourceKey`, an in-memory keyed hash: no
 * address is held, stored or logged, and a restart forgets every count.
 */
export function limitPublicWrites(app: Router, perMinute: number, now: () => number = Date.now): void {
  if (perMinute <= 0) return;
  const limiter = new AttemptLimiter(perMinute, MINUTE_MS);
  const limit: MiddlewareHandler<AppEnv> = async (c, next) => {
    const at = now();
    const wait = limiter.retryAfter(c.var.sourceKey, at);
    if (wait > 0) return tooMany(c, wait);
    // Every attempt counts, refused ones too, so a flood of bad requests is limited like good ones.
    limiter.record(c.var.sourceKey, at);
    await next();
  };
  for (const { method, path } of PUBLIC_WRITES) app.on(method, path, limit);
}

/** 429 with Retry-After: the structured error for the API, a page that keeps what was sent for people. */
async function tooMany(c: Context<AppEnv>, wait: number): Promise<Response> {
  c.header("Retry-After", String(wait));
  if (c.req.path.startsWith("/api/")) {
    const body: ErrorBody = {
      error: {
        code: "rate_limited",
        message: `Too many submissions from this place in the last minute. Try again in ${wait} seconds.`,
      },
    };
    return c.json(body, 429);
  }
  c.header("Cache-Control", "no-store");
  const page = TooManyPage({ ...c.var.page, action: c.req.path, fields: await sentFields(c) });
  return renderPage(c, page, 429);
}

/** The text fields of the form that was posted, in order, so "Send again" posts them unchanged. */
async function sentFields(c: Context<AppEnv>): Promise<[string, string][]> {
  try {
    const form = await c.req.parseBody({ all: true });
    return Object.entries(form).flatMap(([name, value]) =>
      [value].flat().flatMap((v) => (typeof v === "string" ? [[name, v] as [string, string]] : [])),
    );
  } catch {
    return []; // a body that is not a form: nothing to keep
  }
}
