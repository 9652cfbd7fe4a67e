import { defineConfig } from "drizzle-kit";

// Migrations are generated SQL, applied by the Node server on start, by `heard migrate`, and by
// `wrangler d1 migrations apply` on Workers (wrangler.toml points migrations_dir here).
export default defineConfig({
  dialect: "sqlite",
  schema: "./server/db/schema.ts",
  out: "./migrations",
});
