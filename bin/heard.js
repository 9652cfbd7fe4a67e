#!/usr/bin/env node
// The `heard` command: runs the built CLI (`npm run build` makes dist/server/cli.js).
import { existsSync } from "node:fs";

const cli = new URL("../dist/server/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("heard: not built yet. Run `npm run build` in the Heard folder first.");
  process.exit(1);
}
await import(cli.href);
