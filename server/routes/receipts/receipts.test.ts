import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../tests/support/form-client";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { findReceipt } from "../../db/queries/responses";
import { quotes } from "../../db/schema";
import { hashReceiptCode, normaliseReceiptCode } from "../../domain/receipts/receipt-code";

describe("receipts", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function submit(): Promise<string> {
    const res = await t.app.request("/api/surveys/quick-feedback/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { "know-more": "yes", "one-thing": "Keep the youth club open" } }),
    });
    return ((await res.json()) as { receipt: string }).receipt;
  }

  it("looks a receipt up without revealing the answers", async () => {
    const receipt = await submit();
    const res = await t.app.request(`/api/receipts/${receipt}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: "submitted",
      surveyId: "quick-feedback",
      submittedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(JSON.stringify(body)).not.toContain("youth club");
  });

  it("accepts a code typed in lower case without dashes", async () => {
    const receipt = await submit();
    const res = await t.app.request(`/api/receipts/${receipt.replace(/-/g, "").toLowerCase()}`);
    expect(res.status).toBe(200);
  });

  it("answers 404 for an unknown or malformed code", async () => {
    expect((await t.app.request("/api/receipts/ABCD-EFGH-JKMN-PQRS")).status).toBe(404);
    expect((await t.app.request("/api/receipts/not-a-code")).status).toBe(404);
  });

  it("withdraws a response: its answers are deleted and the code then says withdrawn", async () => {
    const receipt = await submit();
    const res = await t.app.request(`/api/receipts/${receipt}`, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "withdrawn" });
    const lookUp = (await (await t.app.request(`/api/receipts/${receipt}`)).json()) as { status: string };
    expect(lookUp.status).toBe("withdrawn");
    const texts = (await t.sqlite.db.query.answers.findMany()).map((a) => a.value);
    expect(texts.filter((v) => v === "Keep the youth club open").length).toBe(2); // the two other submissions
  });

  it("withdrawing deletes the quotes an analyst took from the answers, approved or not", async () => {
    const db = t.sqlite.db;
    const responseOf = async (receipt: string) => {
      const hash = await hashReceiptCode(normaliseReceiptCode(receipt) as string);
      return (await findReceipt(db, hash))?.id as string;
    };
    const [withdrawn, kept] = [await submit(), await submit()];
    const quote = (receipt: string, responseId: string, status: "approved" | "rejected") => ({
      id: `${receipt}-${status}`,
      responseId,
      questionId: "one-thing",
      themeId: `theme-${status}`,
      text: "Keep the youth club open",
      status,
      decidedBy: "analyst",
      decidedOn: "2026-11-24",
    });
    await db
      .insert(quotes)
      .values([
        quote(withdrawn, await responseOf(withdrawn), "approved"),
        quote(withdrawn, await responseOf(withdrawn), "rejected"),
        quote(kept, await responseOf(kept), "approved"),
      ]);
    expect((await t.app.request(`/api/receipts/${withdrawn}`, { method: "DELETE" })).status).toBe(200);
    expect((await db.query.quotes.findMany()).map((q) => q.id)).toEqual([`${kept}-approved`]);
  });

  it("stores only a hash of the receipt code, never the code", async () => {
    const receipt = await submit();
    const rows = await t.sqlite.db.query.responses.findMany();
    expect(JSON.stringify(rows)).not.toContain(receipt.replace(/-/g, ""));
    expect(JSON.stringify(rows)).not.toContain(receipt);
  });

  it("withdraws through the page with a clear error for a bad code", async () => {
    const receipt = await submit();
    const browser = formClient(t);
    const bad = await browser.post("/withdraw", { receipt: "123" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("There is a problem");
    const ok = await browser.post("/withdraw", { receipt });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Your answers have been deleted");
  });
});
