import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const post = (t: TestApp, id: string, body: unknown) =>
  t.app.request(`/api/surveys/${id}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/surveys/:id/responses", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("stores a valid response and answers 201 with a receipt code and no more than whether to show help", async () => {
    const res = await post(t, "quick-feedback", { locale: "en", answers: { "know-more": "yes" } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["receipt", "showHelp"]);
    expect(body.showHelp).toBe(false);
    expect(body.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  it("stores the day but not the time, and the survey version", async () => {
    const res = await post(t, "quick-feedback", { locale: "en", answers: { "know-more": "no" } });
    expect(res.status).toBe(201);
    const rows = await t.sqlite.db.query.responses.findMany();
    for (const row of rows) {
      expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.surveyVersion).toBe(1);
      expect(row.audience).toBe("community");
    }
  });

  it("gives one issue per question id for every kind of bad answer", async () => {
    const res = await post(t, "staying-safe", {
      locale: "en",
      answers: {
        "no-such-question": "x",
        "safe-at-school": ["a", "b"],
        "what-helps-most": ["a", "b", "c", "d"],
      },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_answers");
    const paths = body.error.issues?.map((i) => i.path) ?? [];
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("no-such-question");
    expect(body.error.issues?.find((i) => i.path === "no-such-question")?.message).toMatch(/no question/);
  });

  it("refuses text longer than the question allows", async () => {
    const res = await post(t, "quick-feedback", { answers: { "one-thing": "x".repeat(501) } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.issues?.[0]).toMatchObject({ path: "one-thing" });
    expect(body.error.issues?.[0]?.message).toMatch(/characters or fewer/);
  });

  it("refuses an option the question does not offer", async () => {
    const res = await post(t, "quick-feedback", { answers: { "know-more": "perhaps" } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.issues).toEqual([
      { path: "know-more", message: expect.stringMatching(/not one of the choices/) },
    ]);
  });

  it("answers malformed JSON and wrong shapes with a 400 in the error shape, never a 500", async () => {
    for (const body of [
      "{not json",
      "[]",
      JSON.stringify({ answers: "yes" }),
      JSON.stringify({ answers: { a: 1 } }),
    ]) {
      const res = await post(t, "quick-feedback", body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as ErrorBody;
      expect(json.error.code).toBeTypeOf("string");
      expect(json.error.message.length).toBeGreaterThan(0);
    }
  });

  it("answers 413 for a body over 64 KB and stores nothing", async () => {
    const before = (await t.sqlite.db.query.responses.findMany()).length;
    const res = await post(t, "quick-feedback", { answers: { "one-thing": "x".repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe("too_large");
    expect((await t.sqlite.db.query.responses.findMany()).length).toBe(before);
  });

  it("answers 404 for a survey that does not exist", async () => {
    const res = await post(t, "nope", { answers: {} });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe("not_found");
  });
});

describe("GET /api/surveys/:id", () => {
  it("returns the definition with every option a respondent sees, including the option to not say", async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.request("/api/surveys/quick-feedback");
      expect(res.status).toBe(200);
      const survey = (await res.json()) as {
        id: string;
        questions: { id: string; options: { value: string }[] }[];
      };
      expect(survey.id).toBe("quick-feedback");
      const knowMore = survey.questions.find((q) => q.id === "know-more");
      expect(knowMore?.options.map((o) => o.value)).toEqual(["yes", "no", "unsure", "prefer-not-to-say"]);
    } finally {
      await t.close();
    }
  });
});
