import { createInterface } from "node:readline";

/** A terminal stdin can switch echo off; a pipe or file cannot (and has no `isTTY`). */
export type CliInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
export type CliOutput = { write(text: string): unknown };

/** Where a `heard admin` command reads and writes, so tests can run it without a terminal. */
export type CliIo = {
  stdin: CliInput;
  stdout: CliOutput;
  stderr: CliOutput;
  env: Record<string, string | undefined>;
};

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

/** A message for a person, ending the command with `exitCode` (2: the command was typed wrong). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The first line of piped input, exactly as typed (a password may start or end with spaces). */
async function firstLine(input: CliInput): Promise<string | undefined> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}

/** Reads one line from the terminal without echoing it; Ctrl-C cancels. */
function promptHidden(io: CliIo, prompt: string): Promise<string> {
  const input = io.stdin;
  io.stderr.write(prompt);
  input.setRawMode?.(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = () => {
      input.removeListener("data", onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write("\n");
    };
    const onData = (chunk: string | Buffer) => {
      for (const ch of String(chunk)) {
        if (ch === "\r" || ch === "\n") {
          finish();
          return resolve(typed);
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          return reject(new CliError("Cancelled; nothing was changed."));
        }
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += ch;
      }
    };
    input.on("data", onData);
  });
}

/**
 * A password for `who`: the first line of stdin when it is piped (scripts, `--password-stdin`
 * style), otherwise typed twice at a prompt that does not show it.
 */
export async function readPassword(io: CliIo, who: string): Promise<string> {
  if (!io.stdin.isTTY) {
    const line = await firstLine(io.stdin);
    if (line === undefined || line === "") {
      throw new CliError(
        "No password on standard input: pipe it in as the first line, or run this in a terminal.",
      );
    }
    return line;
  }
  const password = await promptHidden(io, `Temporary password for ${who}: `);
  const again = await promptHidden(io, "Type it again: ");
  if (password !== again) throw new CliError("The two passwords were different; nothing was changed.");
  return password;
}
