import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { type SignedIn, STAFF_PASSWORD, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { AnswerKey } from "../../../db/queries/coding";
import { codedAnswers } from "./test-data";

type Quote = { id: string; text: string; status: string };
type ErrorBody = { error: { code: string; issues?: { path: string; message: string }[] } };

const THEME = "transport-after-dark";
let t: TestApp;
let analyst: SignedIn;
let keys: AnswerKey[];
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
  keys = await codedAnswers(t, 3, THEME, "The last bus leaves too early and the stop has no light");
});
afterAll(async () => {
  await t.close();
});

const key = (i: number) => keys[i] as AnswerKey;
const decide = (body: Record<string, unknown>) =>
  analyst.request(`/api/themes/${THEME}/quotes`, { json: body });

describe("POST /api/themes/:id/quotes", () => {
  it("approves a shortened excerpt of the answer and audits it without its words", async () => {
    const res = await decide({ ...key(0), text: "the stop has no light", status: "approved" });
    expect(res.status).toBe(201);
    expect((await res.json()) as Quote).toMatchObject({ text: "the stop has no light", status: "approved" });
    const rows = (await t.sqlite.db.query.auditLog.findMany()).filter((r) => r.action === "quote.approved");
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain("no light");
  });

  it("refuses words the child did not write: the excerpt must be a piece of the answer", async () => {
    const res = await decide({ ...key(1), text: "The last bus is dangerous", status: "approved" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.issues?.[0]).toMatchObject({ path: "text" });
    expect(body.error.issues?.[0]?.message).toMatch(/own words/);
  });

  it("refuses an excerpt over 200 characters and an answer not coded with the theme", async () => {
    const long = await decide({ ...key(1), text: "x".repeat(201), status: "approved" });
    expect(long.status).toBe(400);
    const other = await analyst.request("/api/themes/trusted-adults/quotes", {
      json: { ...key(1), text: "the stop", status: "approved" },
    });
    expect(other.status).toBe(404);
  });

  it("rejects an answer, keeping none of its words in the quote", async () => {
    const res = await decide({ ...key(2), status: "rejected" });
    expect(res.status).toBe(201);
    expect((await res.json()) as Quote).toMatchObject({ status: "rejected", text: "" });
  });

  it("answers 401 without a session and 403 to a board member", async () => {
    const anonymous = await t.app.request(`/api/themes/${THEME}/quotes`);
    expect(anonymous.status).toBe(401);
    const viewer = await signedIn(t, "viewer");
    expect((await viewer.request(`/api/themes/${THEME}/quotes`)).status).toBe(403);
    expect(
      (await viewer.request("/api/quotes/x", { method: "PATCH", json: { status: "rejected" } })).status,
    ).toBe(403);
  });
});

describe("PATCH /api/quotes/:id", () => {
  it("shortens an approved quote further, but never changes its words", async () => {
    const created = (await (
      await decide({ ...key(1), text: "The last bus leaves too early", status: "approved" })
    ).json()) as Quote;
    const shorter = await analyst.request(`/api/quotes/${created.id}`, {
      method: "PATCH",
      json: { text: "The last bus leaves" },
    });
    expect(shorter.status).toBe(200);
    const changed = await analyst.request(`/api/quotes/${created.id}`, {
      method: "PATCH",
      json: { text: "The first bus leaves" },
    });
    expect(changed.status).toBe(400);
  });
});

describe("the quotes page, without JavaScript", () => {
  it("shows the coded answers and approves one, and explains a refused excerpt", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const page = await browser.get(`/workspace/publishing/quotes?theme=${THEME}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("The last bus leaves too early and the stop has no light 3");
    const fields = { theme: THEME, ...key(2) };
    const bad = await browser.post("/workspace/publishing/quotes", {
      ...fields,
      excerpt: "buses are bad",
      decision: "approved",
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("do not change or add words");
    const good = await browser.post("/workspace/publishing/quotes", {
      ...fields,
      excerpt: "The last bus leaves too early",
      decision: "approved",
    });
    expect(good.status).toBe(303);
    const after = await (await browser.get(good.headers.get("location") ?? "")).text();
    expect(after).toContain("The decision was saved.");
  });
});
