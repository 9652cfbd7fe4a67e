import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { formClient } from "../support/form-client";
import { createTestApp, type TestApp } from "../support/test-app";

// Where a request "came from": a test header, else one shared classroom address. The app only ever
// sees the keyed hash of it (c.var.sourceKey).
const CLASSROOM = "203.0.113.7";
const sourceOf = (c: { req: { header(name: string): string | undefined } }) =>
  c.req.header("x-test-source") ?? CLASSROOM;

const RECEIPT = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/;

describe("rate limits on public submissions", () => {
  let t: TestApp;
  let clock = 0;
  const open = async (config: Record<string, string> = {}) => {
    clock = 1_000_000;
    t = await createTestApp(config, { sourceOf, now: () => clock });
  };
  afterEach(async () => {
    await t.close();
  });

  const submit = (source?: string) =>
    t.app.request("/api/surveys/quick-feedback/responses", {
      method: "POST",
      headers: { "content-type": "application/json", ...(source ? { "x-test-source": source } : {}) },
      body: JSON.stringify({ locale: "en", answers: { "know-more": "yes" } }),
    });
  const storedResponses = async () => (await t.sqlite.db.query.responses.findMany()).length;

  it("lets a classroom behind one address send 60 a minute with the default settings", async () => {
    await open();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      clock += 1000;
      statuses.push((await submit()).status);
    }
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(await storedResponses()).toBe(60);
  });

  it("answers 429 with Retry-After beyond the ceiling, stores nothing, and leaves other sources alone", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "5" });
    for (let i = 0; i < 5; i++) expect((await submit()).status).toBe(201);
    clock += 20_000;
    const refused = await submit();
    expect(refused.status).toBe(429);
    // The first of the five leaves the window 40 seconds from now.
    expect(refused.headers.get("retry-after")).toBe("40");
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/try again in 40 seconds/i);
    expect(await storedResponses()).toBe(5);

    expect((await submit("198.51.100.20")).status).toBe(201);
  });

  it("works again once the minute has passed (a sliding window, not a ban)", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "3" });
    for (let i = 0; i < 3; i++) expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(429);
    clock += 59_999;
    expect((await submit()).status).toBe(429);
    clock += 1;
    expect((await submit()).status).toBe(201);
  });

  it("shares one budget across every public write: API, journey, contact and withdrawal", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "2" });
    expect((await submit()).status).toBe(201);
    expect((await t.app.request("/api/receipts/0000-0000-0000-0000", { method: "DELETE" })).status).toBe(404);
    const deleted = await t.app.request("/api/receipts/0000-0000-0000-0000", { method: "DELETE" });
    expect(deleted.status).toBe(429);
    expect(((await deleted.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const browser = formClient(t);
    for (const [path, fields] of [
      ["/withdraw", { receipt: "ABCD-EFGH-JKMN-PQRS" }],
      ["/talk-to-someone/send", { how: "text me" }],
    ] as const) {
      const res = await browser.post(path, fields);
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("60");
    }
  });

  it("shows a translated page that keeps the draft, so sending again after a minute works", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "1" });
    const browser = formClient(t);
    browser.jar.set("heard_lang", "pl");
    await browser.post("/s/quick-feedback/start");
    await browser.post("/s/quick-feedback/q/know-more", { answer: "yes" });
    expect((await submit()).status).toBe(201); // someone else in the room used the minute's budget

    const refused = await browser.post("/s/quick-feedback/submit");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    const page = await refused.text();
    expect(page).toContain('lang="pl"');
    expect(page).toContain("Poczekaj chwilę");
    expect(page).toContain("Nic nie zginęło");
    expect(page).toMatch(/<form method="post" action="\/s\/quick-feedback\/submit"/);
    expect(page).not.toMatch(RECEIPT);

    clock += 60_000;
    const sent = await browser.post("/s/quick-feedback/submit");
    expect(sent.status).toBe(200);
    const receipt = (await sent.text()).match(RECEIPT)?.[0] ?? "";
    const found = await t.app.request(`/api/receipts/${receipt}`);
    expect(((await found.json()) as { status: string }).status).toBe("submitted");
    const answers = await t.sqlite.db.query.answers.findMany();
    expect(answers.map((a) => a.questionId)).toContain("know-more");
  });

  it("gives back what was typed in a refused form as the fields of Send again", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "1" });
    const browser = formClient(t);
    expect((await submit()).status).toBe(201);
    const res = await browser.post("/talk-to-someone/send", {
      how: "call the school office",
      message: "please <ring> after 4",
    });
    expect(res.status).toBe(429);
    const page = await res.text();
    expect(page).toContain('action="/talk-to-someone/send"');
    expect(page).toContain('<input type="hidden" name="how" value="call the school office"');
    expect(page).toContain('name="message" value="please &lt;ring> after 4"');
    expect(page).toContain("Send again");
    expect(await t.sqlite.db.query.contactRequests.findMany()).toHaveLength(0);
  });

  it("turns off with 0, for load tests", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "0" });
    for (let i = 0; i < 300; i++) {
      const res = await t.app.request("/api/receipts/0000-0000-0000-0000", { method: "DELETE" });
      expect(res.status).toBe(404);
    }
    expect((await submit()).status).toBe(201);
  });

  it("keeps nothing about sources: not in the log, not in the database", async () => {
    await open({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "1" });
    await submit();
    await submit();
    await submit("198.51.100.20");
    const files = [t.file, `${t.file}-wal`].filter((f) => existsSync(f));
    const stored = Buffer.concat(await Promise.all(files.map((f) => readFile(f))));
    for (const address of [CLASSROOM, "198.51.100.20"]) {
      expect(stored.includes(address)).toBe(false);
      expect(t.logs.join("\n")).not.toContain(address);
    }
    expect(t.logs.filter((l) => l.startsWith("POST /api/surveys/:id/responses 429 "))).toHaveLength(1);
  });
});
