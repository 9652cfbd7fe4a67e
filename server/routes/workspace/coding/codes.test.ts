import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { AnswerKey } from "../../../db/queries/coding";
import { withdrawResponse } from "../../../db/queries/responses";
import { submitMany, submitText } from "./test-answers";

type ErrorBody = { error: { code: string; issues?: { path: string; message: string }[] } };

let t: TestApp;
let analyst: SignedIn;
let keys: AnswerKey[];
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
  keys = await submitMany(t, 4, "Nowhere to go in the evenings");
});
afterAll(async () => {
  await t.close();
});

const codesPath = (k: AnswerKey) => `/api/responses/${k.responseId}/answers/${k.questionId}/codes`;
const auditRows = async () => t.sqlite.db.query.auditLog.findMany();
const codes = async () => t.sqlite.db.query.answerCodes.findMany();

describe("applying and removing a theme on one answer", () => {
  it("applies a theme, audits it with the answer's ids and never its words", async () => {
    const key = keys[0] as AnswerKey;
    const res = await analyst.request(codesPath(key), { json: { themeId: "youth-clubs-things-to-do" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ themeIds: ["youth-clubs-things-to-do"] });
    const row = (await auditRows()).find((r) => r.action === "code.added");
    expect(row).toMatchObject({
      target: `${key.responseId}:${key.questionId}`,
      actorEmail: "analyst@example.org",
      detail: { themeId: "youth-clubs-things-to-do" },
    });
    expect(JSON.stringify(await auditRows())).not.toContain("Nowhere to go");
  });

  it("does nothing (and audits nothing) when the theme is already there", async () => {
    const before = (await auditRows()).length;
    const res = await analyst.request(codesPath(keys[0] as AnswerKey), {
      json: { themeId: "youth-clubs-things-to-do" },
    });
    expect(res.status).toBe(200);
    expect((await auditRows()).length).toBe(before);
  });

  it("removes a theme with DELETE, audited as code.removed", async () => {
    const key = keys[0] as AnswerKey;
    const res = await analyst.request(`${codesPath(key)}/youth-clubs-things-to-do`, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ themeIds: [] });
    expect((await auditRows()).at(-1)).toMatchObject({
      action: "code.removed",
      target: `${key.responseId}:${key.questionId}`,
    });
  });

  it("refuses an unknown theme (400), a retired theme (400) and an answer that does not exist (404)", async () => {
    const key = keys[1] as AnswerKey;
    const unknown = await analyst.request(codesPath(key), { json: { themeId: "no-such-theme" } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorBody).error.issues?.[0]?.path).toBe("themeId");
    await analyst.request("/api/themes/police-and-trust", { method: "PATCH", json: { retired: true } });
    expect((await analyst.request(codesPath(key), { json: { themeId: "police-and-trust" } })).status).toBe(
      400,
    );
    const missing = { responseId: "00000000-0000-4000-8000-000000000000", questionId: "one-thing" };
    expect(
      (await analyst.request(codesPath(missing), { json: { themeId: "help-that-worked" } })).status,
    ).toBe(404);
    expect((await analyst.request(codesPath(key), { json: {} })).status).toBe(400);
  });

  it("answers 401 when not signed in and 403 for a board member or the safeguarding lead", async () => {
    const key = keys[1] as AnswerKey;
    const anonymous = await t.app.request(codesPath(key), {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ themeId: "help-that-worked" }),
    });
    expect(anonymous.status).toBe(401);
    for (const role of ["viewer", "safeguarding"] as const) {
      const officer = await signedIn(t, role);
      expect((await officer.request(codesPath(key), { json: { themeId: "help-that-worked" } })).status).toBe(
        403,
      );
      expect(
        (await officer.request("/api/codes/bulk", { json: { answers: [key], themeId: "help-that-worked" } }))
          .status,
      ).toBe(403);
      const harms = `/api/responses/${key.responseId}/answers/${key.questionId}/harms`;
      const writes = [
        officer.request(harms, { json: { harm: "cse", decision: "accepted" } }),
        officer.request(`${codesPath(key)}/help-that-worked`, { method: "DELETE" }),
        officer.request("/api/themes/help-that-worked", { method: "PATCH", json: { retired: true } }),
        officer.request("/workspace/responses/code", { form: { ...key, themeId: "help-that-worked" } }),
      ];
      for (const res of await Promise.all(writes)) expect(res.status).toBe(403);
    }
    expect((await t.app.request(`${codesPath(key)}/help-that-worked`, { method: "DELETE" })).status).toBe(
      401,
    );
  });

  it("will not code an answer whose response was withdrawn", async () => {
    const key = await submitText(t, "Please forget this");
    const response = await t.sqlite.db.query.responses.findFirst({
      where: (r, { eq }) => eq(r.id, key.responseId),
    });
    await withdrawResponse(t.sqlite.db, response?.receiptHash ?? "");
    expect((await analyst.request(codesPath(key), { json: { themeId: "help-that-worked" } })).status).toBe(
      404,
    );
  });
});

describe("POST /api/codes/bulk", () => {
  it("applies one theme to many answers, one audit row each, skipping those already coded", async () => {
    await analyst.request(codesPath(keys[2] as AnswerKey), { json: { themeId: "trusted-adults" } });
    const before = (await auditRows()).length;
    const res = await analyst.request("/api/codes/bulk", {
      json: { answers: keys, themeId: "trusted-adults" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ applied: 3, alreadyCoded: 1 });
    const added = (await auditRows()).slice(before);
    expect(added).toHaveLength(3);
    expect(
      added.every((r) => r.action === "code.added" && (r.detail as { bulk?: boolean }).bulk === true),
    ).toBe(true);
    expect((await codes()).filter((c) => c.themeId === "trusted-adults")).toHaveLength(4);
  });

  it("changes nothing when any answer does not exist, and says which", async () => {
    const before = (await codes()).length;
    const res = await analyst.request("/api/codes/bulk", {
      json: {
        answers: [keys[0], { responseId: "nope", questionId: "one-thing" }],
        themeId: "help-that-worked",
      },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.issues).toEqual([
      { path: "answers.1", message: expect.any(String) },
    ]);
    expect((await codes()).length).toBe(before);
    expect(
      (await analyst.request("/api/codes/bulk", { json: { answers: [], themeId: "help-that-worked" } }))
        .status,
    ).toBe(400);
  });
});

describe("reviewing suggested harms", () => {
  it("accepts or rejects a harm, stores the decision and audits it", async () => {
    const key = await submitText(
      t,
      "An older guy online keeps asking me for nudes and says he will share them",
    );
    const listed = (await (await analyst.request("/api/responses?harm=cse")).json()) as {
      answers: {
        responseId: string;
        harms: { id: string; decision: string | null }[];
        suggestedThemes: { id: string }[];
      }[];
    };
    const card = listed.answers.find((a) => a.responseId === key.responseId);
    expect(card?.harms.map((h) => h.id)).toContain("cse");
    expect(card?.suggestedThemes.map((s) => s.id)).toContain("online-grooming-sextortion");

    const path = `/api/responses/${key.responseId}/answers/${key.questionId}/harms`;
    const res = await analyst.request(path, { json: { harm: "cse", decision: "rejected" } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { harms: { id: string; decision: string | null }[] };
    expect(body.harms.find((h) => h.id === "cse")?.decision).toBe("rejected");
    const again = await analyst.request(path, { json: { harm: "cse", decision: "accepted" } });
    expect(again.status).toBe(200);
    const reviews = await t.sqlite.db.query.harmReviews.findMany();
    expect(reviews).toEqual([
      expect.objectContaining({ harm: "cse", decision: "accepted", responseId: key.responseId }),
    ]);
    const rows = (await auditRows()).filter((r) => r.action === "harm.reviewed");
    expect(rows.map((r) => r.detail)).toEqual([
      { harm: "cse", decision: "rejected" },
      { harm: "cse", decision: "accepted" },
    ]);
    expect((await analyst.request(path, { json: { harm: "gangs", decision: "accepted" } })).status).toBe(400);
  });
});
