import { z } from "zod";
import { localHelpSchema } from "./local-help";

const LIMIT_MESSAGE = "HEARD_SUBMIT_LIMIT_PER_MINUTE must be a whole number, 0 or more (0 turns it off)";

const appConfigSchema = z.object({
  HEARD_EXIT_URL: z
    .url({ protocol: /^https$/, message: "HEARD_EXIT_URL must be an https:// address of a neutral site" })
    .default("https://www.bbc.co.uk/weather"),
  HEARD_LOCAL_HELP: localHelpSchema,
  HEARD_SAFEGUARDING_KEY: z
    .string({
      message: "HEARD_SAFEGUARDING_KEY is required: 32 random bytes as base64 (openssl rand -base64 32)",
    })
    .min(40, "HEARD_SAFEGUARDING_KEY must be 32 random bytes as base64 (openssl rand -base64 32)"),
  HEARD_SCHOOL_GAZETTEER: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 2),
    )
    .describe("Local school names to redact, separated by commas"),
  HEARD_RETENTION_TEXT_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  HEARD_ORIGIN: z
    .url({ message: "HEARD_ORIGIN must be the site's public address, e.g. https://heard.example.org" })
    .optional()
    .describe("The public origin when behind a reverse proxy that terminates HTTPS"),
  HEARD_SUPPRESSION_K: z.coerce.number().int().min(5, "HEARD_SUPPRESSION_K can never be below 5").default(10),
  // An empty variable means "not set", not 0 (which would silently turn the limit off).
  HEARD_SUBMIT_LIMIT_PER_MINUTE: z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce.number({ message: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(0, LIMIT_MESSAGE).default(120),
    )
    .describe("Public submissions one source may make per minute; 0 turns the limit off (load tests)"),
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
