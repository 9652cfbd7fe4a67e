import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Role } from "../../server/domain/auth/roles";
import { importSealingKey, newSealingKey, seal } from "../../server/domain/crypto/sealed-text";
import { hashPassword } from "../../server/services/auth/passwords";
import { startWrangler } from "../worker/start-wrangler";
import { STAFF_PASSWORD, type Target } from "./target";

/** The local D1 database's SQLite file under wrangler's persist directory (the one with our tables). */
async function d1File(persistDir: string): Promise<string> {
  const files = (await readdir(persistDir, { recursive: true })).filter((f) => f.endsWith(".sqlite"));
  for (const file of files) {
    const path = join(persistDir, file);
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      if (db.prepare("select name from sqlite_master where name = 'staff_users'").all().length) return path;
    } finally {
      db.close();
    }
  }
  throw new Error(`no D1 database with staff_users under ${persistDir}`);
}

/**
 * `wrangler dev` (workerd + local D1 + Workers assets) on a free port. There is no Node-side
 * service over D1, so an officer is one row written straight into D1's SQLite file, as
 * `wrangler d1 execute` would: an argon2id hash made by the app's own hashPassword, and the TOTP
 * secret sealed with the same key the Worker was given.
 */
export async function startWorkerTarget(): Promise<Target & { stop(): Promise<void> }> {
  const safeguardingKey = newSealingKey();
  const wrangler = await startWrangler({ safeguardingKey });
  const sealingKey = await importSealingKey(safeguardingKey);
  let file: string | undefined;

  async function addStaff(email: string, role: Role, options: { totpSecret?: string } = {}) {
    file ??= await d1File(wrangler.persistDir);
    const hash = await hashPassword(STAFF_PASSWORD);
    const totp = options.totpSecret ? await seal(sealingKey, options.totpSecret) : null;
    const db = new DatabaseSync(file);
    try {
      db.prepare(
        "insert into staff_users (id, email, role, password_hash, totp_sealed) values (?, ?, ?, ?, ?)",
      ).run(crypto.randomUUID(), email.toLowerCase(), role, hash, totp);
    } finally {
      db.close();
    }
  }

  return { name: "worker", url: wrangler.url, safeguardingKey, addStaff, stop: () => wrangler.stop() };
}
