import { parseNodeConfig } from "../config/node-config";
import type { Db } from "../db/db";
import { lastSignInDays } from "../db/queries/staff-last-sign-in";
import { listStaff } from "../db/queries/staff-users";
import { openSqlite } from "../db/sqlite/open-sqlite";
import { normaliseEmail } from "../domain/auth/password-rules";
import { packagePath } from "../node/package-root";
import {
  type AccountProblem,
  COMMAND_LINE,
  createStaff,
  resetStaff,
  setStaffDisabled,
  setStaffRole,
} from "../services/auth/staff-accounts";
import { parseAdminArgs, SCHEMAS, type Subcommand } from "./admin-args";
import { CliError, type CliIo, processIo, readPassword } from "./admin-io";
import { formatStaffList } from "./admin-list";

export const ADMIN_USAGE = `Usage: heard admin <subcommand>

  create --email E --role R         Add an officer (roles: admin, analyst, safeguarding, viewer).
                                    Temporary password: first line of stdin, or typed at a prompt.
  list                              Every officer: role, disabled, second factor, last sign-in day
  disable --email E                 Stop an officer signing in (ends their sessions now)
  enable --email E                  Let a disabled officer sign in again
  reset --email E [--second-factor] New temporary password (stdin or prompt), changed at next sign-in;
                                    --second-factor also removes their authenticator app
  role --email E --role R           Change an officer's role (ends their sessions)
`;

const PROBLEMS: Record<AccountProblem, string> = {
  emailTaken: "There is already an officer with that email address.",
  emailInvalid: "That is not an email address. Use the officer's work email, like name@example.org.",
  tooShort: "The password must be at least 12 characters.",
  tooLong: "The password must be 256 characters or fewer.",
  notFound: "There is no officer with that email address. See them all with: heard admin list",
  self: "An officer cannot disable or demote their own account.",
};

const done = (io: CliIo, outcome: { problem: AccountProblem } | { id: string }, message: string) => {
  if ("problem" in outcome) throw new CliError(PROBLEMS[outcome.problem]);
  io.stdout.write(`${message}\n`);
  return 0;
};

async function run(db: Db, io: CliIo, subcommand: Subcommand, args: string[]): Promise<number> {
  switch (subcommand) {
    case "create": {
      const { email, role } = parseAdminArgs("create", args);
      const password = await readPassword(io, email);
      const made = await createStaff(db, COMMAND_LINE, { email, role, password });
      const added = normaliseEmail(email);
      return done(io, made, `Added ${added} as ${role}. They choose a new password at first sign-in.`);
    }
    case "list": {
      parseAdminArgs("list", args);
      io.stdout.write(formatStaffList(await listStaff(db), await lastSignInDays(db)));
      return 0;
    }
    case "disable":
    case "enable": {
      const { email } = parseAdminArgs(subcommand, args);
      const disabled = subcommand === "disable";
      const changed = await setStaffDisabled(db, COMMAND_LINE, email, disabled);
      return done(io, changed, disabled ? `Disabled ${email} and signed them out.` : `Enabled ${email}.`);
    }
    case "reset": {
      const options = parseAdminArgs("reset", args);
      const password = await readPassword(io, options.email);
      const secondFactor = options["second-factor"] === true;
      const reset = await resetStaff(db, COMMAND_LINE, { email: options.email, password, secondFactor });
      const extra = secondFactor ? " and set up their authenticator app again" : "";
      return done(io, reset, `Reset ${options.email}: they choose a new password${extra} at next sign-in.`);
    }
    case "role": {
      const { email, role } = parseAdminArgs("role", args);
      const changed = await setStaffRole(db, COMMAND_LINE, email, role);
      return done(io, changed, `${email} is now ${role}; their sessions ended.`);
    }
  }
}

const isSubcommand = (name: string | undefined): name is Subcommand =>
  name !== undefined && Object.hasOwn(SCHEMAS, name);

/**
 * `heard admin …`: manage officers' accounts on the embedded database (HEARD_DB, or heard.db in
 * HEARD_DATA_DIR). Every change is audited as made from the command line. Exit codes: 0 done,
 * 1 refused (say, no such officer), 2 typed wrong.
 */
export async function adminCommand(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === "--help" || subcommand === "help") {
    io.stdout.write(ADMIN_USAGE);
    return subcommand === undefined ? 2 : 0;
  }
  if (!isSubcommand(subcommand)) {
    io.stderr.write(`heard admin: unknown subcommand '${subcommand}'\n\n${ADMIN_USAGE}`);
    return 2;
  }
  try {
    // Options are checked before the database is opened, so a typing mistake changes nothing.
    parseAdminArgs(subcommand, rest);
    const config = parseNodeConfig(io.env);
    const sqlite = await openSqlite(config.HEARD_DB);
    try {
      await sqlite.migrate(packagePath("migrations"));
      return await run(sqlite.db, io, subcommand, rest);
    } finally {
      await sqlite.close();
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`heard admin ${subcommand}: ${error.message}\n`);
    return error.exitCode;
  }
}
