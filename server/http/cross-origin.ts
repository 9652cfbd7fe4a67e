import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import type { AppEnv } from "./app-env";
import { Problem } from "./problem";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses every state-changing request from another origin with 403. hono/csrf covers what an HTML
 * form can send; JSON from another site needs CORS (which we never grant) but is refused here too,
 * by Origin and Sec-Fetch-Site, so the rule is simply "no writes from elsewhere". `publicOrigin` is
 * the address people use when a proxy in front terminates HTTPS.
 */
export function refuseCrossOrigin(publicOrigin: string | undefined): MiddlewareHandler<AppEnv> {
  const allowed = (origin: string, c: Context) =>
    origin === new URL(c.req.url).origin ||
    (publicOrigin !== undefined && origin === new URL(publicOrigin).origin);
  const forms = csrf({ origin: allowed });
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    // Pages sent with Referrer-Policy: no-referrer make the browser say "Origin: null" on their own
    // form posts (Fetch standard); Sec-Fetch-Site still tells us the post came from this site.
    const nullFromHere = origin === "null" && site === "same-origin";
    if (
      (origin !== undefined && !nullFromHere && !allowed(origin, c)) ||
      site === "cross-site" ||
      site === "same-site"
    ) {
      throw forbidden();
    }
    // hono/csrf also refuses a form post that names no origin at all (browsers that predate sending
    // Origin on forms). It only judges here; the request runs outside it so its errors stay its own.
    if (c.req.header("content-type") !== undefined) {
      await forms(c, async () => {}).catch(() => {
        throw forbidden();
      });
    }
    await next();
  };
}

function forbidden() {
  return new Problem(
    403,
    "cross_origin",
    "Requests that change something must come from this site's own pages.",
  );
}
