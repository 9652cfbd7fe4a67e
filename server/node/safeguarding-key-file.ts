import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { newSealingKey } from "../domain/crypto/sealed-text";

/**
 * The safeguarding key for the embedded default: HEARD_SAFEGUARDING_KEY if set, otherwise a key
 * file in the data directory, generated (readable by this user only) on first start with a warning,
 * so a new installation works at once and never stores a disclosure unencrypted.
 */
export async function ensureSafeguardingKey(
  env: Record<string, string | undefined>,
  dataDir: string,
  warn: (line: string) => void = console.warn,
): Promise<string> {
  if (env.HEARD_SAFEGUARDING_KEY) return env.HEARD_SAFEGUARDING_KEY;
  const file = join(dataDir, "safeguarding.key");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dirname(file), { recursive: true });
  const key = newSealingKey();
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: "wx" });
  warn(
    `Generated a safeguarding key at ${file}. Back it up with the database: without it, flagged answers cannot be read. ` +
      "In production set HEARD_SAFEGUARDING_KEY instead.",
  );
  return key;
}
