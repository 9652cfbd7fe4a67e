import { type AppConfig, parseAppConfig } from "../config/app-config";
import type { NodeConfig } from "../config/node-config";
import { ensureSafeguardingKey } from "../node/safeguarding-key-file";

/** The app settings a CLI command on the embedded default uses (the key file stands in for the env var). */
export async function appConfigFromEnv(config: NodeConfig, env = process.env): Promise<AppConfig> {
  const key = await ensureSafeguardingKey(env, config.HEARD_DATA_DIR);
  return parseAppConfig({ ...env, HEARD_SAFEGUARDING_KEY: key });
}
