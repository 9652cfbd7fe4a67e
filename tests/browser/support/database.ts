import { DatabaseSync } from "node:sqlite";
import type { BrowserContext } from "playwright-core";
import type { TestServer } from "./server";

/** The draft cookie's name (server/routes/journey/journey-support.ts): the one cookie a journey sets. */
export const DRAFT_COOKIE = "heard_draft";

/** A stored response as the tests look at it (never the receipt, which is only stored hashed). */
export type StoredResponse = { id: string; surveyId: string; locale: string; eventLabel: string | null };

/**
 * Runs `read` on a read-only connection to the server's database, closed straight after, so the
 * test sees what the server has committed (the server runs in WAL mode: readers never block it).
 */
export function readDatabase<T>(server: TestServer, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(server.dbFile, { readOnly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Whether the `drafts` table still holds a row with this id. */
export function draftExists(server: TestServer, draftId: string): boolean {
  return readDatabase(
    server,
    (db) => db.prepare("SELECT 1 FROM drafts WHERE id = ?").get(draftId) !== undefined,
  );
}

/** How many drafts the server holds for a survey (every survey when none is named). */
export function draftCount(server: TestServer, surveyId?: string): number {
  return readDatabase(server, (db) => {
    const row = surveyId
      ? db.prepare("SELECT count(*) AS n FROM drafts WHERE survey_id = ?").get(surveyId)
      : db.prepare("SELECT count(*) AS n FROM drafts").get();
    return Number(row?.n ?? 0);
  });
}

/** Every stored response to a survey, oldest first. */
export function responsesTo(server: TestServer, surveyId: string): StoredResponse[] {
  return readDatabase(server, (db) =>
    db
      .prepare("SELECT id, survey_id, locale, event_label FROM responses WHERE survey_id = ? ORDER BY rowid")
      .all(surveyId)
      .map((row) => ({
        id: String(row.id),
        surveyId: String(row.survey_id),
        locale: String(row.locale),
        eventLabel: row.event_label === null ? null : String(row.event_label),
      })),
  );
}

/** The draft id the browser context holds in its (HttpOnly) draft cookie, if any. */
export async function draftIdOf(context: BrowserContext): Promise<string | undefined> {
  const cookies = await context.cookies();
  return cookies.find((cookie) => cookie.name === DRAFT_COOKIE)?.value;
}
