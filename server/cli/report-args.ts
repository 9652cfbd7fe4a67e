import { z } from "zod";
import { parsePeriod } from "../domain/periods/period";
import { locales } from "../i18n/i18n";
import { CliError } from "./admin-io";

const FLAGS = new Set(["period", "format", "out", "locale"]);

/** Splits `--name value` and `--name=value`; anything else is a typing mistake. */
function splitFlags(args: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new CliError(`Unexpected '${arg}'. Options start with --, e.g. --period 2026-Q4`, 2);
    const name = match[1] as string;
    if (!FLAGS.has(name)) throw new CliError(`Unknown option --${name}.`, 2);
    const value = match[2] ?? args[i + 1];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      throw new CliError(`--${name} needs a value.`, 2);
    }
    flags[name] = value;
    if (match[2] === undefined) i += 1;
  }
  return flags;
}

const schema = z
  .strictObject({
    period: z.string().refine((text) => parsePeriod(text) !== undefined, {
      message: "--period must be a quarter such as 2026-Q4, or two dates such as 2026-10-01..2026-12-31",
    }),
    format: z
      .enum(["html", "csv", "json", "docx"], { error: () => "--format must be html, csv, json or docx" })
      .default("html"),
    out: z.string().min(1).optional(),
    locale: z.enum(locales, { error: () => `--locale must be one of: ${locales.join(", ")}` }).default("en"),
  })
  .refine((options) => options.format !== "docx" || options.out !== undefined, {
    message: "A DOCX file needs --out FILE (it is not text to print to the terminal)",
  });

/** `heard report` options, checked with zod; a CliError (exit code 2) names what to fix. */
export type ReportOptions = z.infer<typeof schema>;

/** Parses `heard report` options. */
export function parseReportArgs(args: readonly string[]): ReportOptions {
  const parsed = schema.safeParse(splitFlags(args));
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) =>
    issue.code === "unrecognized_keys"
      ? `'heard report' does not take ${issue.keys.map((k) => `--${k}`).join(", ")}`
      : issue.path[0] === "period" && issue.message.startsWith("Invalid input")
        ? "--period is required, e.g. --period 2026-Q4"
        : issue.message,
  );
  throw new CliError(messages.join("\n"), 2);
}
