import type { D1Database } from "@cloudflare/workers-types";
import { createApp } from "./app";
import { d1Database } from "./db/d1";

/** Bindings declared in `wrangler.toml`. */
export type Env = {
  DB: D1Database;
};

// The app does not declare Hono `Bindings` (it must not know about Workers), so the entry that
// owns the bindings names their type here.
const app = createApp({ database: (c) => d1Database((c.env as Env).DB) });

/**
 * The Cloudflare Workers entry. Files in `dist/public` are answered by Workers assets before this runs.
 * Not `satisfies ExportedHandler<Env>`: Hono's `fetch` is typed with the DOM `Request`, which
 * workers-types' `Request` does not structurally match, though at runtime they are the same object.
 */
export default { fetch: app.fetch };
