import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { createApp } from "./app";
import { parseAppConfig } from "./config/app-config";
import type { NodeConfig } from "./config/node-config";
import type { PurgeCounts } from "./db/queries/purge";
import { openSqlite } from "./db/sqlite/open-sqlite";
import { addHeaders } from "./http/add-headers";
import { packagePath } from "./node/package-root";
import { requestDrain } from "./node/request-drain";
import { ensureSafeguardingKey } from "./node/safeguarding-key-file";
import { describePurge, runPurge } from "./services/run-purge";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention policy, daily: first a minute after start (not during it), then every 24 hours.
 * Timers are unref'd so they never keep the process alive; only counts reach the log.
 */
function schedulePurge(purge: () => Promise<PurgeCounts>): () => void {
  const run = () => {
    purge().then(
      (counts) => console.log(describePurge(counts)),
      (error: Error) => console.error(`purge failed: ${error.name}`),
    );
  };
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}

/**
 * Reads and discards a request body the app answered without reading (a 413 refused on its
 * Content-Length, say). @hono/node-server drains such bodies itself, but not once something has
 * opened the body as a web stream (hono/body-limit does): the stream stalls, and after 500 ms the
 * socket is destroyed under a client that was told keep-alive and reuses it ("other side closed").
 * The server's own drain limits (64 MB, 500 ms) still apply. Workers have no such socket to lose.
 */
const drainUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method === "GET" || c.req.method === "HEAD") return;
  const raw = c.req.raw;
  if (!raw.bodyUsed && raw.body && !raw.body.locked) raw.body.pipeTo(new WritableStream()).catch(() => {});
};

/** A running embedded server, and how to stop it cleanly. */
export type NodeServer = { url: string; close(): Promise<void> };

/** The headers Workers adds to assets from dist/public/_headers (written by scripts/build.mjs). */
const assetHeaders = addHeaders({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" });

/**
 * Starts Heard on Node: opens the SQLite file, applies migrations, serves the static assets and
 * the app. Entries stay a few lines; everything interesting is in `createApp`.
 */
export async function startNodeServer(
  config: NodeConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<NodeServer> {
  const key = await ensureSafeguardingKey(env, config.HEARD_DATA_DIR);
  const sqlite = await openSqlite(config.HEARD_DB);
  await sqlite.migrate(packagePath("migrations"));
  const settings = { ...env, HEARD_SAFEGUARDING_KEY: key };
  // The socket's peer, only for in-memory rate limits (hashed with a per-process salt, never kept).
  const sourceOf = (c: Context) => getConnInfo(c).remote.address;
  const app = createApp({ database: () => sqlite.db, config: settings, sourceOf });
  const stopPurging = schedulePurge(() => runPurge(sqlite.db, parseAppConfig(settings)));

  const requests = requestDrain();
  const root = new Hono();
  root.use(requests.middleware, drainUnreadBody);
  root.use("/assets/*", assetHeaders, serveStatic({ root: packagePath("dist/public") }));
  // Everything that is not a file goes to the app whole, as Workers assets hand it to the Worker:
  // mounted with `route()`, a 404 would be this wrapper's plain text instead of the app's page.
  root.all("*", (c) => app.fetch(c.req.raw, c.env));

  const server = serve({ fetch: root.fetch, port: config.PORT, hostname: config.HOST });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const shownHost = config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
  return {
    url: `http://${shownHost}:${port}`,
    /** Stops taking connections, answers the requests already in, then closes the database. */
    async close() {
      stopPurging();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await requests.drain();
      // Responses still being written end their connections themselves (Connection: close); a
      // client too slow to read one within 10 s is cut off rather than holding the stop up.
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      const stuck = setTimeout(() => "closeAllConnections" in server && server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(stuck);
      await sqlite.close();
    },
  };
}
