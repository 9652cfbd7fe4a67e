import { dirname } from "node:path";
import { findStaffByEmail, updateStaff } from "../../server/db/queries/staff-users";
import { openSqlite } from "../../server/db/sqlite/open-sqlite";
import type { Role } from "../../server/domain/auth/roles";
import { importSealingKey, seal } from "../../server/domain/crypto/sealed-text";
import { ensureSafeguardingKey } from "../../server/node/safeguarding-key-file";
import { COMMAND_LINE, createStaff } from "../../server/services/auth/staff-accounts";
import { startServer } from "../browser/support/server";
import { STAFF_PASSWORD, type Target } from "./target";

/**
 * The real Node server (embedded SQLite) on a free port. Officers are added as `heard admin create`
 * adds them: through the staff-accounts service, on a second connection to the same file (WAL lets
 * the server's own connections see the commit at once).
 */
export async function startNodeTarget(): Promise<Target & { stop(): Promise<void> }> {
  const server = await startServer();
  // The server took HEARD_SAFEGUARDING_KEY from the environment or made a key file beside the
  // database; asking the same function again returns that key.
  const safeguardingKey = await ensureSafeguardingKey(process.env, dirname(server.dbFile));
  const sealingKey = await importSealingKey(safeguardingKey);

  async function addStaff(email: string, role: Role, options: { totpSecret?: string } = {}) {
    const sqlite = await openSqlite(server.dbFile);
    try {
      const input = { email, role, password: STAFF_PASSWORD, chosenByUser: true };
      const created = await createStaff(sqlite.db, COMMAND_LINE, input);
      if ("problem" in created) throw new Error(`could not add ${email}: ${created.problem}`);
      if (options.totpSecret) {
        const user = await findStaffByEmail(sqlite.db, email);
        if (!user) throw new Error(`${email} vanished`);
        await updateStaff(sqlite.db, user.id, { totpSealed: await seal(sealingKey, options.totpSecret) });
      }
    } finally {
      await sqlite.close();
    }
  }

  return { name: "node", url: server.url, safeguardingKey, addStaff, stop: () => server.close() };
}
