import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { createApp } from "./app";
import type { NodeConfig } from "./config/node-config";
import { openSqlite } from "./db/sqlite/open-sqlite";
import { packagePath } from "./node/package-root";

/** A running embedded server, and how to stop it cleanly. */
export type NodeServer = { url: string; close(): Promise<void> };

/**
 * Starts Heard on Node: opens the SQLite file, applies migrations, serves the static assets and
 * the app. Entries stay a few lines; everything interesting is in `createApp`.
 */
export async function startNodeServer(config: NodeConfig): Promise<NodeServer> {
  const sqlite = await openSqlite(config.HEARD_DB);
  await sqlite.migrate(packagePath("migrations"));

  const root = new Hono();
  root.use("/assets/*", serveStatic({ root: packagePath("dist/public") }));
  root.route("/", createApp({ database: () => sqlite.db }));

  const server = serve({ fetch: root.fetch, port: config.PORT, hostname: config.HOST });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const shownHost = config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
  return {
    url: `http://${shownHost}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sqlite.close();
    },
  };
}
