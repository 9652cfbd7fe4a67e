import type { D1Database } from "@cloudflare/workers-types";
import { createApp } from "./app";
import { parseAppConfig } from "./config/app-config";
import { d1Database } from "./db/d1";
import { describePurge, runPurge } from "./services/run-purge";

/** Bindings declared in `wrangler.toml`, plus vars and secrets (HEARD_SAFEGUARDING_KEY, …). */
export type Env = {
  DB: D1Database;
  [setting: string]: unknown;
};

let app: ReturnType<typeof createApp> | undefined;

// Settings arrive with the first request's env (bindings are not module-level on Workers), so the
// app is built once, then reused by the isolate. The app does not declare Hono `Bindings` (it must
// not know about Workers), so this entry names their type.
function appFor(env: Env) {
  app ??= createApp({
    database: (c) => d1Database((c.env as Env).DB),
    config: env,
    // Cloudflare's edge names the client; used only for in-memory rate limits (hashed, never kept).
    sourceOf: (c) => c.req.header("cf-connecting-ip"),
  });
  return app;
}

/**
 * The Cloudflare Workers entry. Files in `dist/public` are answered by Workers assets before this runs.
 * Not `satisfies ExportedHandler<Env>`: Hono's `fetch` is typed with the DOM `Request`, which
 * workers-types' `Request` does not structurally match, though at runtime they are the same object.
 */
export default {
  fetch(request: Request, env: Env, ctx: unknown) {
    return appFor(env).fetch(request, env, ctx as never);
  },
  /** The cron trigger in wrangler.toml: the retention policy, daily; only counts reach the log. */
  async scheduled(_controller: unknown, env: Env) {
    console.log(describePurge(await runPurge(d1Database(env.DB), parseAppConfig(env))));
  },
};
