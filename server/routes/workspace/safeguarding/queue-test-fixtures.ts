import { expect } from "vitest";
import { TEST_KEY, type TestApp } from "../../../../tests/support/test-app";
import { queueSafeguardingItem, storeContactRequest } from "../../../db/queries/safeguarding";
import { importSealingKey, seal } from "../../../domain/crypto/sealed-text";
import type { ItemStatus } from "../../../domain/safeguarding/queue-status";

/** A free-text answer the analysis flags as a possible disclosure (physical abuse). */
export const DISCLOSURE = "my step dad hits me when he is drunk";

/** Submits a disclosing answer the way a respondent does; the item it raised. */
export async function raiseItem(t: TestApp, text = DISCLOSURE) {
  const before = new Set((await t.sqlite.db.query.safeguardingItems.findMany()).map((i) => i.id));
  const res = await t.app.request("/api/surveys/quick-feedback/responses", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en", answers: { "one-thing": text } }),
  });
  expect(res.status).toBe(201);
  const raised = (await t.sqlite.db.query.safeguardingItems.findMany()).filter((i) => !before.has(i.id));
  expect(raised).toHaveLength(1);
  return raised[0] as NonNullable<(typeof raised)[0]>;
}

/** Puts an item straight in the queue, sealed as the app seals, e.g. one raised long ago. */
export async function insertItem(
  t: TestApp,
  fields: { text: string; raisedOn: string; status?: ItemStatus; categories?: string[] },
): Promise<string> {
  const id = crypto.randomUUID();
  await queueSafeguardingItem(t.sqlite.db, {
    id,
    responseId: crypto.randomUUID(),
    surveyId: "staying-safe",
    questionId: "anything-else",
    categories: fields.categories ?? ["criminal-exploitation"],
    sealedText: await seal(await importSealingKey(TEST_KEY), fields.text),
    raisedOn: fields.raisedOn,
    status: fields.status ?? "new",
  });
  return id;
}

/** Stores a request to talk to someone, sealed as the contact page does. */
export async function insertContact(
  t: TestApp,
  details: { how: string; when?: string; message?: string },
  requestedOn: string,
  linkedResponseId: string | null = null,
): Promise<string> {
  const id = crypto.randomUUID();
  const sealedDetails = await seal(
    await importSealingKey(TEST_KEY),
    JSON.stringify({ when: "", message: "", ...details }),
  );
  await storeContactRequest(t.sqlite.db, { id, sealedDetails, linkedResponseId, requestedOn });
  return id;
}

/** Audit rows with `action`, oldest first. */
export async function auditRows(t: TestApp, action: string) {
  return (await t.sqlite.db.query.auditLog.findMany()).filter((r) => r.action === action);
}
