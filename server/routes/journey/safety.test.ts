import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formClient } from "../../../tests/support/form-client";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

describe("help when an answer suggests harm", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("shows a calm help panel on the next page after a triggersHelp answer, and not otherwise", async () => {
    const browser = formClient(t);
    await browser.post("/s/feeling-safe/start");
    const worried = await browser.post("/s/feeling-safe/q/safe-at-school", { answer: "not-safe-at-all" });
    expect(worried.headers.get("location")).toMatch(/\?help=1$/);
    const next = await (await browser.get(worried.headers.get("location") ?? "")).text();
    expect(next).toContain("You do not have to deal with this alone");
    expect(next).toContain('href="tel:999"');
    expect(next).toContain('href="tel:08001111"');
    expect(next).toContain("Nobody will contact you about your answers");

    const fine = await browser.post("/s/feeling-safe/q/safe-at-school", { answer: "very-safe" });
    expect(fine.headers.get("location")).not.toMatch(/help=1/);
  });
});

describe("shared devices (kiosk links)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("stores the event label on each response and hands over to the next person after submit", async () => {
    const browser = formClient(t);
    const start = await (await browser.get("/k/quick-feedback?event=Youth%20club%20open%20evening")).text();
    expect(start).toContain('name="event" value="Youth club open evening"');
    expect(start).toContain("This device is shared");
    await browser.post("/k/quick-feedback/start", { event: "Youth club open evening" });
    await browser.post("/s/quick-feedback/q/know-more", { answer: "yes" });
    const question = await (await browser.get("/s/quick-feedback/q/one-thing")).text();
    expect(question).toContain('autocomplete="off"');
    expect(question).toMatch(
      /http-equiv="refresh" content="120;url=\/k\/quick-feedback\/restart\?event=Youth%20club%20open%20evening"/,
    );
    const done = await (await browser.post("/s/quick-feedback/submit")).text();
    expect(done).toContain("ready for the next person");
    expect(done).toMatch(/content="20;url=\/k\/quick-feedback\/restart/);
    const [row] = await t.sqlite.db.query.responses.findMany();
    expect(row?.eventLabel).toBe("Youth club open evening");
  });

  it("restarting deletes the draft, so the next person cannot go back into the answers", async () => {
    const browser = formClient(t);
    await browser.post("/k/quick-feedback/start", { event: "" });
    await browser.post("/s/quick-feedback/q/know-more", { answer: "no" });
    const restart = await browser.get("/k/quick-feedback/restart");
    expect(restart.headers.get("location")).toBe("/k/quick-feedback");
    expect(await t.sqlite.db.query.drafts.findMany()).toEqual([]);
    const back = await browser.get("/s/quick-feedback/q/know-more");
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe("/s/quick-feedback?expired=1");
  });

  it("starting on a kiosk deletes any draft the device still holds", async () => {
    const browser = formClient(t);
    await browser.post("/k/quick-feedback/start", { event: "" });
    await browser.post("/s/quick-feedback/q/know-more", { answer: "no" });
    await browser.post("/k/quick-feedback/start", { event: "" });
    const drafts = await t.sqlite.db.query.drafts.findMany();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.answers).toEqual({});
  });
});
