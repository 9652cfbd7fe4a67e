import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding Heard's package.json. The CLI runs both from source (`tsx server/cli.ts`) and
 * bundled (`dist/server/cli.js`), at different depths, so migrations and assets are found from here.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "migrations"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Heard's package folder above ${from}`);
    dir = parent;
  }
  return dir;
}

/** A path inside the package folder. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
