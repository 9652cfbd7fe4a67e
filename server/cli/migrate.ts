import { parseNodeConfig } from "../config/node-config";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { packagePath } from "../node/package-root";

/** `heard migrate`: applies any pending migrations to the embedded database and exits. */
export async function migrateCommand(): Promise<number> {
  const config = parseNodeConfig(process.env);
  const sqlite = await openSqlite(config.HEARD_DB);
  try {
    await sqlite.migrate(packagePath("migrations"));
    console.log(`Migrations applied to ${config.HEARD_DB}`);
  } finally {
    await sqlite.close();
  }
  return 0;
}
