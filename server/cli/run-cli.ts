import { adminCommand } from "./admin";
import { analyseCommand } from "./analyse";
import { migrateCommand } from "./migrate";
import { purgeCommand } from "./purge";
import { reportCommand } from "./report";
import { rollupsCommand } from "./report-rollups";
import { seedCommand } from "./seed";
import { serveCommand } from "./serve";
import { surveysValidate } from "./surveys-validate";

const usage = `Usage: heard <command>

Commands:
  serve                      Run the site on the embedded database (PORT, HOST, HEARD_DB, HEARD_DATA_DIR)
  migrate                    Apply database migrations to HEARD_DB and exit
  surveys validate [path..]  Check survey files (default: surveys/) and print every problem
  analyse [--schools a,b]    JSON lines {id, text, locale?} on stdin -> {id, redacted, pii, safeguarding, harms}
  purge                      Apply the retention policy now; prints counts only
  report --period 2026-Q4 [--format html|csv|json|docx] [--out FILE] [--locale en]
                             The quarterly board report (suppressed at HEARD_SUPPRESSION_K)
  rollups rebuild            Recount the report rollups from every response and code
  seed --demo [--force] [--until YYYY-MM-DD]
                             Fill an empty database with a synthetic year of demo data and demo sign-ins
  admin create --email E --role R   Add an officer; temporary password from stdin or a prompt
  admin list                 Officers: role, disabled, second factor, last sign-in day
  admin disable|enable --email E    Stop or allow an officer's sign-in
  admin reset --email E [--second-factor]   New temporary password (and authenticator)
  admin role --email E --role R     Change an officer's role
  --help                     Show this help
`;

/** Runs one `heard` command and resolves to its exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "serve") return serveCommand();
  if (command === "migrate") return migrateCommand();
  if (command === "purge") return purgeCommand();
  if (command === "report") return reportCommand(rest);
  if (command === "rollups") return rollupsCommand(rest);
  if (command === "seed") return seedCommand(rest);
  if (command === "admin") return adminCommand(rest);
  if (command === "analyse" || command === "analyze") return analyseCommand(rest);
  if (command === "surveys" && rest[0] === "validate") return surveysValidate(rest.slice(1));
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(`heard: unknown command '${argv.join(" ")}'\n\n${usage}`);
  return 2;
}
