import { analyseCommand } from "./analyse";
import { migrateCommand } from "./migrate";
import { purgeCommand } from "./purge";
import { serveCommand } from "./serve";
import { surveysValidate } from "./surveys-validate";

const usage = `Usage: heard <command>

Commands:
  serve                      Run the site on the embedded database (PORT, HOST, HEARD_DB, HEARD_DATA_DIR)
  migrate                    Apply database migrations to HEARD_DB and exit
  surveys validate [path..]  Check survey files (default: surveys/) and print every problem
  analyse [--schools a,b]    JSON lines {id, text, locale?} on stdin -> {id, redacted, pii, safeguarding, harms}
  purge                      Apply the retention policy now; prints counts only
  --help                     Show this help
`;

/** Runs one `heard` command and resolves to its exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "serve") return serveCommand();
  if (command === "migrate") return migrateCommand();
  if (command === "purge") return purgeCommand();
  if (command === "analyse" || command === "analyze") return analyseCommand(rest);
  if (command === "surveys" && rest[0] === "validate") return surveysValidate(rest.slice(1));
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(`heard: unknown command '${argv.join(" ")}'\n\n${usage}`);
  return 2;
}
