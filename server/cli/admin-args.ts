import { z } from "zod";
import { ROLES } from "../domain/auth/roles";
import { CliError } from "./admin-io";

const FLAGS = new Set(["email", "role", "second-factor"]);

/** Splits `--name value`, `--name=value` and bare `--switch` flags; anything else is a typing mistake. */
function splitFlags(args: readonly string[]): Record<string, string | true> {
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match)
      throw new CliError(`Unexpected '${arg}'. Options start with --, e.g. --email someone@example.org`, 2);
    const name = match[1] as string;
    if (!FLAGS.has(name)) throw new CliError(`Unknown option --${name}.`, 2);
    if (name === "second-factor") flags[name] = true;
    else if (match[2] !== undefined) flags[name] = match[2];
    else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new CliError(`--${name} needs a value.`, 2);
      flags[name] = value;
      i += 1;
    }
  }
  return flags;
}

const email = z.string().trim().min(1, "--email is required");
const role = z.enum(ROLES, { error: () => `--role must be one of: ${ROLES.join(", ")}` });

/** The options each `heard admin` subcommand takes, checked with zod like every other boundary. */
export const SCHEMAS = {
  create: z.strictObject({ email, role }),
  list: z.strictObject({}),
  disable: z.strictObject({ email }),
  enable: z.strictObject({ email }),
  reset: z.strictObject({ email, "second-factor": z.literal(true).optional() }),
  role: z.strictObject({ email, role }),
};

export type Subcommand = keyof typeof SCHEMAS;

/** Parses a subcommand's options, or throws a CliError (exit code 2) naming what to fix. */
export function parseAdminArgs<S extends Subcommand>(
  subcommand: S,
  args: readonly string[],
): z.infer<(typeof SCHEMAS)[S]> {
  const parsed = SCHEMAS[subcommand].safeParse(splitFlags(args));
  if (parsed.success) return parsed.data as z.infer<(typeof SCHEMAS)[S]>;
  const messages = parsed.error.issues.map((issue) =>
    issue.code === "unrecognized_keys"
      ? `'heard admin ${subcommand}' does not take ${issue.keys.map((k) => `--${k}`).join(", ")}`
      : issue.path.length && issue.message.startsWith("Invalid input")
        ? `--${String(issue.path[0])} is required`
        : issue.message,
  );
  throw new CliError(messages.join("\n"), 2);
}
