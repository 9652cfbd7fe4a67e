import { parseNodeConfig } from "../config/node-config";
import { rebuildRollups } from "../db/queries/rollups-rebuild";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { packagePath } from "../node/package-root";
import { type CliIo, processIo } from "./admin-io";

/**
 * `heard rollups rebuild`: recounts the report rollups from every response and code (for data
 * stored before they existed, or to check them), in one transaction; prints totals only.
 */
export async function rollupsCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  if (args.length !== 1 || args[0] !== "rebuild") {
    io.stderr.write("Usage: heard rollups rebuild\n");
    return 2;
  }
  const config = parseNodeConfig(io.env);
  const sqlite = await openSqlite(config.HEARD_DB);
  try {
    await sqlite.migrate(packagePath("migrations"));
    const started = performance.now();
    const counts = await rebuildRollups(sqlite.db);
    const ms = Math.round(performance.now() - started);
    io.stdout.write(
      `Rollups rebuilt in ${ms} ms: ${counts.responses} responses (response_rollups rows: ${counts.responseGroups}), ` +
        `${counts.codedAnswers} coded answers (theme_rollups rows: ${counts.themeGroups})\n`,
    );
  } finally {
    await sqlite.close();
  }
  return 0;
}
