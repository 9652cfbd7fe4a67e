#!/usr/bin/env node
import { runCli } from "./cli/run-cli";

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // A person reads this: the message says what to fix; a stack trace would only bury it.
  console.error(`heard: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
