import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppOptions, createApp } from "../../server/app";
import { openSqlite, type SqliteDatabase } from "../../server/db/sqlite/open-sqlite";
import { newSealingKey } from "../../server/domain/crypto/sealed-text";

/** A fixed safeguarding key for tests, so a test can open what the app sealed. */
export const TEST_KEY = newSealingKey();

/** The real app over a real temporary SQLite file with the real migrations applied. */
export type TestApp = {
  app: ReturnType<typeof createApp>;
  sqlite: SqliteDatabase;
  file: string;
  logs: string[];
  close(): Promise<void>;
};

/**
 * Opens a fresh database in a temp folder and builds the app on it; `close()` removes both. Tests
 * that exercise rate limits pass `sourceOf` (where each request came from) and a fake `now`.
 */
export async function createTestApp(
  config: Record<string, string> = {},
  options: Pick<AppOptions, "sourceOf" | "now"> = {},
): Promise<TestApp> {
  const dir = await mkdtemp(join(tmpdir(), "heard-test-"));
  const file = join(dir, "heard.db");
  const sqlite = await openSqlite(file);
  await sqlite.migrate("migrations");
  const logs: string[] = [];
  const app = createApp({
    database: () => sqlite.db,
    config: { HEARD_SAFEGUARDING_KEY: TEST_KEY, ...config },
    log: (line) => logs.push(line),
    ...options,
  });
  return {
    app,
    sqlite,
    file,
    logs,
    async close() {
      await sqlite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
