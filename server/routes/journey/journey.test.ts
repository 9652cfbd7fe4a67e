import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formClient } from "../../../tests/support/form-client";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { getSurvey } from "../../surveys/bundled-surveys";

describe("the survey journey without JavaScript", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const quick = getSurvey("quick-feedback");
  if (!quick) throw new Error("quick-feedback survey missing");
  const [q1, q2, q3] = quick.questions;
  if (!q1 || !q2 || !q3) throw new Error("quick-feedback should have three questions");

  it("starts with a draft cookie and leads to the first question", async () => {
    const browser = formClient(t);
    const res = await browser.post("/s/quick-feedback/start");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/quick-feedback/q/${q1.id}`);
    const cookie = res.headers.getSetCookie().join(";");
    expect(cookie).toMatch(/heard_draft=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("asks one question per page with the question as the h1 and progress shown", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    const html = await (await browser.get(`/s/quick-feedback/q/${q1.id}`)).text();
    expect(html).toContain(`<h1 class="fieldset__heading">${q1.title}</h1>`);
    expect(html).toContain("Question 1 of about 3");
    expect(html).toMatch(/value="prefer-not-to-say"/);
    expect(html).not.toMatch(/checked/);
  });

  it("goes through every question, shows the answers to check, stores them and gives a receipt", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    const first = q1.type === "emoji-scale" ? (q1.options[0]?.value ?? "") : "";
    expect(
      (await browser.post(`/s/quick-feedback/q/${q1.id}`, { answer: first })).headers.get("location"),
    ).toBe(`/s/quick-feedback/q/${q2.id}`);
    expect(
      (await browser.post(`/s/quick-feedback/q/${q2.id}`, { answer: "yes" })).headers.get("location"),
    ).toBe(`/s/quick-feedback/q/${q3.id}`);
    expect(
      (await browser.post(`/s/quick-feedback/q/${q3.id}`, { answer: "More games please" })).headers.get(
        "location",
      ),
    ).toBe("/s/quick-feedback/check");
    const check = await (await browser.get("/s/quick-feedback/check")).text();
    expect(check).toContain("Check your answers");
    expect(check).toContain("More games please");
    expect(check).toContain(`/s/quick-feedback/q/${q2.id}?change=1`);

    const done = await browser.post("/s/quick-feedback/submit");
    expect(done.status).toBe(200);
    const page = await done.text();
    const receipt = page.match(/data-receipt[^>]*>([A-Z0-9-]+)</)?.[1];
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(done.headers.getSetCookie().join(";")).toMatch(/heard_draft=;/);

    const stored = await t.sqlite.db.query.answers.findMany();
    expect(stored.map((a) => [a.questionId, a.value])).toEqual(
      expect.arrayContaining([
        [q2.id, "yes"],
        [q3.id, "More games please"],
      ]),
    );
    const drafts = await t.sqlite.db.query.drafts.findMany();
    expect(drafts).toEqual([]);
  });

  it("keeps an answer when going back to a question", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    await browser.post(`/s/quick-feedback/q/${q2.id}`, { answer: "no" });
    const html = await (await browser.get(`/s/quick-feedback/q/${q2.id}`)).text();
    expect(html).toMatch(/value="no" checked/);
  });

  it("returns to Check your answers after a change", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    const res = await browser.post(`/s/quick-feedback/q/${q2.id}?change=1`, {
      answer: "no",
      return: "check",
    });
    expect(res.headers.get("location")).toBe("/s/quick-feedback/check");
  });

  it("shows an error summary and an inline error for a tampered answer, and keeps the draft", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    const res = await browser.post(`/s/quick-feedback/q/${q2.id}`, { answer: "maybe-later" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain("There is a problem");
    expect(html).toContain(`href="#q-${q2.id}"`);
    expect(html).toContain(`id="q-${q2.id}-error"`);
  });

  it("sends someone without a live draft back to the start page with a notice", async () => {
    const browser = formClient(t);
    const res = await browser.get(`/s/quick-feedback/q/${q1.id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/s/quick-feedback?expired=1");
    const start = await (await browser.get("/s/quick-feedback?expired=1")).text();
    expect(start).toContain("Please start again");
  });

  it("forgets a draft after two idle hours", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    await t.sqlite.db
      .update((await import("../../db/schema")).drafts)
      .set({ touchedAt: Date.now() - 2 * 60 * 60 * 1000 - 1 });
    const res = await browser.get(`/s/quick-feedback/q/${q1.id}`);
    expect(res.headers.get("location")).toBe("/s/quick-feedback?expired=1");
  });

  it("deletes the draft on quick exit and sends the browser to the neutral site", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    await browser.post(`/s/quick-feedback/q/${q2.id}`, { answer: "yes" });
    const res = await browser.get("/exit");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("https://www.bbc.co.uk/weather");
    expect(await t.sqlite.db.query.drafts.findMany()).toEqual([]);
  });

  it("answers 404 with a page for a survey that does not exist", async () => {
    const res = await t.app.request("/s/no-such-survey");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });
});
