import { z } from "zod";
import { localHelpSchema } from "./local-help";

const appConfigSchema = z.object({
  HEARD_EXIT_URL: z
    .url({ protocol: /^https$/, message: "HEARD_EXIT_URL must be an https:// address of a neutral site" })
    .default("https://www.bbc.co.uk/weather"),
  HEARD_LOCAL_HELP: localHelpSchema,
});

/** Settings the app itself uses on either runtime (read from process.env on Node, bindings on Workers). */
export type AppConfig = z.infer<typeof appConfigSchema>;

/** Parses app settings once, naming each bad variable and what it must be. */
export function parseAppConfig(env: Record<string, unknown>): AppConfig {
  const result = appConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}
