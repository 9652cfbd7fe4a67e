import { count } from "drizzle-orm";
import { parseNodeConfig } from "../config/node-config";
import { responses } from "../db/schema";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { packagePath } from "../node/package-root";
import { seedDemo } from "../services/demo-seed";
import { newDemoPassword } from "../services/demo-seed-staff";
import { CliError, type CliIo, processIo } from "./admin-io";
import { appConfigFromEnv } from "./app-config-from-env";
import { formatDemoSummary } from "./seed-output";

export const SEED_USAGE = `Usage: heard seed --demo [--force] [--until YYYY-MM-DD]

  Fills the database with a synthetic year of demo activity ending on --until (default today):
  responses to every survey, coded themes, quotes, actions, a published "you said, we did" and one
  demo officer per role. Refuses a database that already has responses unless --force.
`;

type SeedOptions = { force: boolean; until: string };

function parseSeedArgs(args: readonly string[]): SeedOptions {
  let demo = false;
  let force = false;
  let until = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--demo") demo = true;
    else if (arg === "--force") force = true;
    else if (arg === "--until" || arg?.startsWith("--until=")) {
      const value = arg === "--until" ? args[++i] : arg.slice("--until=".length);
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new CliError("--until must be a day like 2026-11-24.", 2);
      }
      until = value;
    } else throw new CliError(`Unknown option ${arg}.`, 2);
  }
  if (!demo) throw new CliError("Only demo data can be seeded: add --demo.", 2);
  return { force, until };
}

/**
 * `heard seed --demo`: a synthetic year of activity so a newcomer sees the whole product at once.
 * Exit codes: 0 done, 1 refused (the database already has responses), 2 typed wrong.
 */
export async function seedCommand(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  let options: SeedOptions;
  try {
    options = parseSeedArgs(args);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`heard seed: ${error.message}\n\n${SEED_USAGE}`);
    return error.exitCode;
  }
  const config = parseNodeConfig(io.env);
  const appConfig = await appConfigFromEnv(config, io.env);
  const sqlite = await openSqlite(config.HEARD_DB);
  try {
    await sqlite.migrate(packagePath("migrations"));
    const existing = (await sqlite.db.select({ n: count() }).from(responses))[0]?.n ?? 0;
    if (existing > 0 && !options.force) {
      io.stderr.write(
        `heard seed: ${config.HEARD_DB} already has ${existing} responses; demo data would mix with them. ` +
          "Use an empty database (HEARD_DB=demo.db), or add --force if you really mean it.\n",
      );
      return 1;
    }
    const started = performance.now();
    const password = newDemoPassword();
    const summary = await seedDemo(sqlite.db, appConfig, { lastDay: options.until, password });
    io.stdout.write(formatDemoSummary(summary, password, performance.now() - started));
    return 0;
  } finally {
    await sqlite.close();
  }
}
