import { z } from "zod";

const nodeConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    HOST: z.string().min(1).default("0.0.0.0"),
    HEARD_DATA_DIR: z.string().min(1).default("./data"),
    HEARD_DB: z.string().min(1).optional(),
  })
  // The database lives in the data directory unless it is put somewhere else on purpose.
  .transform(({ HEARD_DB, ...rest }) => ({
    ...rest,
    HEARD_DB: HEARD_DB ?? `${rest.HEARD_DATA_DIR}/heard.db`,
  }));

/** Settings for the embedded (Node + SQLite) runtime, read once from the environment. */
export type NodeConfig = z.infer<typeof nodeConfigSchema>;

/** Parses the environment, or throws an Error that names each bad variable and what it must be. */
export function parseNodeConfig(env: Record<string, string | undefined>): NodeConfig {
  const result = nodeConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}
