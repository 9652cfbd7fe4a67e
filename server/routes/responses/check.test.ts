import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const check = (t: TestApp, id: string, body: unknown) =>
  t.app.request(`/api/surveys/${id}/responses/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const stored = async (t: TestApp) => (await t.sqlite.db.query.responses.findMany()).length;

describe("POST /api/surveys/:id/responses/check", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers 200 for answers a submission would accept, and stores nothing, not even a receipt", async () => {
    const commits = t.sqlite.stats().commits;
    const res = await check(t, "quick-feedback", {
      locale: "en",
      answers: { "session-rating": "good", "know-more": "yes", "one-thing": "My name is Sam" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(await stored(t)).toBe(0);
    expect(t.sqlite.stats().commits).toBe(commits);
  });

  it("gives the same issues, per question id, as a submission of the same answers", async () => {
    const body = { answers: { "know-more": "perhaps", "no-such-question": "x" } };
    const checked = await check(t, "quick-feedback", body);
    const submitted = await t.app.request("/api/surveys/quick-feedback/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(checked.status).toBe(400);
    expect(submitted.status).toBe(400);
    const [a, b] = [(await checked.json()) as ErrorBody, (await submitted.json()) as ErrorBody];
    expect(a.error.code).toBe("invalid_answers");
    expect(a.error.issues).toEqual(b.error.issues);
    expect(a.error.issues?.map((issue) => issue.path).sort()).toEqual(["know-more", "no-such-question"]);
  });

  it("answers malformed bodies with the structured 400 and unknown surveys with 404", async () => {
    const malformed = await check(t, "quick-feedback", "{not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBeTypeOf("string");
    const missing = await check(t, "nope", { answers: {} });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).error.code).toBe("not_found");
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toContain("/api/surveys/{id}/responses/check");
  });
});
