import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { type SignedIn, STAFF_PASSWORD, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { AnswerKey } from "../../../db/queries/coding";
import { submitMany, submitText } from "./test-answers";

type Card = {
  responseId: string;
  questionId: string;
  surveyId: string;
  audience: string;
  text: string;
  themes: { id: string }[];
  harms: { id: string; suggested: boolean; decision: string | null }[];
};
type Page = { answers: Card[]; next: string | null };

let t: TestApp;
let analyst: SignedIn;
let quick: AnswerKey[];
let stayingSafe: AnswerKey;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
  quick = await submitMany(t, 3, "Better buses at night");
  stayingSafe = await submitText(t, "Call me on 07700 900123 if you want to know more", {
    surveyId: "staying-safe",
    questionId: "anything-else",
  });
});
afterAll(async () => {
  await t.close();
});

const list = async (query = "") => {
  const res = await analyst.request(`/api/responses${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};

describe("GET /api/responses", () => {
  it("lists free-text answers with their survey and audience, redacted text only", async () => {
    const page = await list();
    expect(page.answers).toHaveLength(4);
    const safe = page.answers.find((a) => a.responseId === stayingSafe.responseId);
    expect(safe).toMatchObject({
      surveyId: "staying-safe",
      audience: "young-person-13-17",
      questionId: "anything-else",
    });
    expect(safe?.text).toContain("[phone]");
    expect(JSON.stringify(page)).not.toContain("07700");
  });

  it("filters by survey, audience, period, coding and theme", async () => {
    expect((await list("?survey=staying-safe")).answers).toHaveLength(1);
    expect((await list("?audience=community")).answers).toHaveLength(3);
    expect((await list("?period=2020-Q1")).answers).toHaveLength(0);
    expect((await list("?from=2020-01-01&to=2099-12-31")).answers).toHaveLength(4);
    await analyst.request(`/api/responses/${quick[0]?.responseId}/answers/one-thing/codes`, {
      json: { themeId: "transport-after-dark" },
    });
    expect((await list("?theme=transport-after-dark")).answers.map((a) => a.responseId)).toEqual([
      quick[0]?.responseId,
    ]);
    expect((await list("?outcome=prepare.systems")).answers).toHaveLength(1);
    expect((await list("?outcome=protect.perpetrators")).answers).toHaveLength(0);
    expect((await list("?coded=yes")).answers).toHaveLength(1);
    expect((await list("?coded=no")).answers).toHaveLength(3);
  });

  it("pages with a cursor, never repeating an answer", async () => {
    const first = await list("?limit=3");
    expect(first.answers).toHaveLength(3);
    expect(first.next).toEqual(expect.any(String));
    const second = await list(`?limit=3&after=${first.next}`);
    expect(second.answers).toHaveLength(1);
    expect(second.next).toBeNull();
    const ids = [...first.answers, ...second.answers].map((a) => a.responseId);
    expect(new Set(ids).size).toBe(4);
  });

  it("answers 400 for a filter that is not valid", async () => {
    for (const query of [
      "?period=2026-Q7",
      "?from=2026-02-30",
      "?harm=gangs",
      "?after=%%%",
      "?theme=no-such-theme",
      "?period=2026-Q1&from=2026-01-01",
    ]) {
      expect((await analyst.request(`/api/responses${query}`)).status, query).toBe(400);
    }
  });

  it("answers 401 when not signed in and 403 for a board member", async () => {
    expect((await t.app.request("/api/responses")).status).toBe(401);
    const viewer = await signedIn(t, "viewer");
    expect((await viewer.request("/api/responses")).status).toBe(403);
    expect((await viewer.request("/workspace/responses")).status).toBe(403);
  });
});

describe("the responses page, without JavaScript", () => {
  const signInForm = async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    return browser;
  };

  it("shows each answer with a themes form, the bulk form and the keyboard shortcuts", async () => {
    const browser = await signInForm();
    const res = await browser.get("/workspace/responses?survey=staying-safe");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<summary>Keyboard shortcuts</summary>");
    expect(html).toContain("[phone]");
    expect(html).toContain('form="bulk-form"');
    expect(html).toContain("Is there anything else you want to tell us about staying safe?");
    expect(html.match(/data-answer-card/g)).toHaveLength(1);
  });

  it("saves an answer's ticked themes and returns to the same answer in the same list", async () => {
    const browser = await signInForm();
    const key = quick[1] as AnswerKey;
    const back = `/workspace/responses?audience=community`;
    const res = await browser.post("/workspace/responses/code", {
      responseId: key.responseId,
      questionId: key.questionId,
      return: back,
      themeId: ["youth-clubs-things-to-do", "safer-routes-to-school"],
      save: "1",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${back}#answer-${key.responseId}-${key.questionId}`);
    const card = (await list()).answers.find((a) => a.responseId === key.responseId);
    expect(card?.themes.map((th) => th.id).sort()).toEqual([
      "safer-routes-to-school",
      "youth-clubs-things-to-do",
    ]);
    await browser.post("/workspace/responses/code", {
      ...key,
      return: back,
      themeId: "safer-routes-to-school",
    });
    const after = (await list()).answers.find((a) => a.responseId === key.responseId);
    expect(after?.themes.map((th) => th.id)).toEqual(["safer-routes-to-school"]);
  });

  it("never sends an officer off the responses list after saving", async () => {
    const browser = await signInForm();
    const key = quick[1] as AnswerKey;
    const res = await browser.post("/workspace/responses/code", {
      ...key,
      return: "https://evil.example/",
      save: "1",
    });
    expect(res.headers.get("location")).toMatch(/^\/workspace\/responses#answer-/);
  });

  it("codes several answers with the bulk form, and the themes page count goes up", async () => {
    const browser = await signInForm();
    const countOf = async () => {
      const html = await (await browser.get("/workspace/themes")).text();
      const row = html.split('id="theme-help-that-worked"')[1] ?? "";
      return Number(/data-uses="?[^>]*>([\d,]+)</.exec(row)?.[1]);
    };
    expect(await countOf()).toBe(0);
    const res = await browser.post("/workspace/responses/bulk", {
      answer: quick.map((k) => `${k.responseId}:${k.questionId}`),
      themeId: "help-that-worked",
      return: "/workspace/responses",
    });
    expect(res.status).toBe(303);
    const done = await browser.get(res.headers.get("location") ?? "");
    expect(await done.text()).toContain("The theme was added to 3 answers.");
    expect(await countOf()).toBe(3);
  });

  it("says what to fix when the bulk form has no theme or no answers ticked", async () => {
    const browser = await signInForm();
    const ticked = `${quick[0]?.responseId}:one-thing`;
    const noTheme = await browser.post("/workspace/responses/bulk", {
      answer: ticked,
      themeId: "",
      return: "/workspace/responses",
    });
    expect(noTheme.status).toBe(400);
    const html = await noTheme.text();
    expect(html).toContain('<a href="#bulk-theme">Choose a theme to apply.</a>');
    expect(html).toMatch(new RegExp(`value="${ticked}"[^>]*checked`));
    const none = await browser.post("/workspace/responses/bulk", {
      themeId: "help-that-worked",
      return: "/workspace/responses",
    });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Tick at least one answer");
  });

  it("shows a bad filter next to its field", async () => {
    const browser = await signInForm();
    const res = await browser.get("/workspace/responses?from=2026-13-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<a href="#from">Enter the first day as a real date');
  });
});
