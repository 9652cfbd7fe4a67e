import { parseNodeConfig } from "../config/node-config";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { packagePath } from "../node/package-root";
import { describePurge, runPurge } from "../services/run-purge";
import { appConfigFromEnv } from "./app-config-from-env";

/** `heard purge`: applies the retention policy now and prints counts only. */
export async function purgeCommand(): Promise<number> {
  const config = parseNodeConfig(process.env);
  const appConfig = await appConfigFromEnv(config);
  const sqlite = await openSqlite(config.HEARD_DB);
  try {
    await sqlite.migrate(packagePath("migrations"));
    console.log(describePurge(await runPurge(sqlite.db, appConfig)));
  } finally {
    await sqlite.close();
  }
  return 0;
}
