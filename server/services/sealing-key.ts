import type { AppConfig } from "../config/app-config";
import { importSealingKey } from "../domain/crypto/sealed-text";

const keys = new Map<string, Promise<CryptoKey>>();

/** The safeguarding key as a WebCrypto key, imported once per configured value. */
export function sealingKey(config: Pick<AppConfig, "HEARD_SAFEGUARDING_KEY">): Promise<CryptoKey> {
  let key = keys.get(config.HEARD_SAFEGUARDING_KEY);
  if (!key) {
    key = importSealingKey(config.HEARD_SAFEGUARDING_KEY);
    keys.set(config.HEARD_SAFEGUARDING_KEY, key);
  }
  return key;
}
