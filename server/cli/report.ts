import { readFile, writeFile } from "node:fs/promises";
import { parseNodeConfig } from "../config/node-config";
import { audit } from "../db/queries/audit-log";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { parsePeriod } from "../domain/periods/period";
import { translator } from "../i18n/i18n";
import { packagePath } from "../node/package-root";
import { COMMAND_LINE } from "../services/auth/staff-accounts";
import { loadBoardReport } from "../services/board-report";
import { renderBoardReport } from "../services/board-report-export";
import { asTranslate } from "../views/workspace/report/as-translate";
import { CliError, type CliIo, processIo } from "./admin-io";
import { appConfigFromEnv } from "./app-config-from-env";
import { parseReportArgs } from "./report-args";

/** The workspace's stylesheets, inlined so an HTML report opens and prints the same anywhere. */
async function reportCss(): Promise<string> {
  const files = ["client/styles/heard.css", "client/styles/workspace.css"];
  return (await Promise.all(files.map((file) => readFile(packagePath(file), "utf8")))).join("\n");
}

/**
 * `heard report --period 2026-Q4 --format html|csv|json|docx [--out FILE] [--locale en]`: the board
 * report from the embedded database, suppressed at HEARD_SUPPRESSION_K, audited like a download.
 */
export async function reportCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  let options: ReturnType<typeof parseReportArgs>;
  try {
    options = parseReportArgs(args);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`heard report: ${error.message}\n`);
    return error.exitCode;
  }
  const period = parsePeriod(options.period);
  if (!period) return 2; // refused by parseReportArgs already
  const config = parseNodeConfig(io.env);
  const appConfig = await appConfigFromEnv(config, io.env);
  const sqlite = await openSqlite(config.HEARD_DB);
  try {
    await sqlite.migrate(packagePath("migrations"));
    const report = await loadBoardReport(sqlite.db, appConfig, period);
    const t = asTranslate(translator(options.locale));
    const css = options.format === "html" ? await reportCss() : undefined;
    const rendered = await renderBoardReport(report, options.format, t, options.locale, { css });
    await audit(sqlite.db, {
      actorId: COMMAND_LINE.id,
      actorEmail: COMMAND_LINE.email,
      action: "report.exported",
      target: `board:${period.id}`,
      detail: { report: "board", period: period.id, format: options.format, k: report.k },
    });
    if (options.out) {
      await writeFile(options.out, rendered.body);
      io.stderr.write(
        `Board report for ${period.id} (${options.format}, k = ${report.k}) written to ${options.out}\n`,
      );
    } else {
      io.stdout.write(rendered.body as string);
    }
  } finally {
    await sqlite.close();
  }
  return 0;
}
