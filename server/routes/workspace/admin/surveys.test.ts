import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { listAudit } from "../../../db/queries/audit-log";
import { withdrawResponse } from "../../../db/queries/responses";
import { hashReceiptCode, normaliseReceiptCode } from "../../../domain/receipts/receipt-code";

let t: TestApp;
let analyst: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
});
afterAll(async () => {
  await t.close();
});

const submit = (id: string, answers: Record<string, string | string[]>) =>
  t.app.request(`/api/surveys/${id}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN },
    body: JSON.stringify({ locale: "en", answers }),
  });

type Row = { id: string; status: string; counts: Record<string, number> };
const rowOf = async (officer: SignedIn, id: string): Promise<Row | undefined> =>
  (await (await officer.request("/api/workspace/surveys")).json()).surveys.find((s: Row) => s.id === id);

describe("who may manage surveys", () => {
  it("lets admins and engagement officers in; 403 for the safeguarding lead and board; 401 for nobody", async () => {
    expect((await t.app.request("/api/workspace/surveys")).status).toBe(401);
    const admin = await signedIn(t, "admin");
    expect((await admin.request("/api/workspace/surveys")).status).toBe(200);
    expect((await analyst.request("/api/workspace/surveys")).status).toBe(200);
    for (const role of ["safeguarding", "viewer"] as const) {
      const officer = await signedIn(t, role, `${role}-surveys@example.org`);
      expect((await officer.request("/api/workspace/surveys")).status).toBe(403);
      expect(
        (
          await officer.request("/api/workspace/surveys/quick-feedback/status", {
            json: { status: "closed" },
          })
        ).status,
      ).toBe(403);
      expect((await officer.request("/workspace/surveys")).status).toBe(403);
    }
  });
});

describe("survey counts", () => {
  it("counts responses, this quarter's, withdrawn ones and paper ones per survey", async () => {
    const before = (await rowOf(analyst, "help-you-got"))?.counts ?? {};
    expect(before).toEqual({ total: 0, thisQuarter: 0, withdrawn: 0, paper: 0 });
    await submit("help-you-got", {});
    const { receipt } = await (await submit("help-you-got", {})).json();
    await withdrawResponse(t.sqlite.db, await hashReceiptCode(normaliseReceiptCode(receipt) as string));
    expect((await rowOf(analyst, "help-you-got"))?.counts).toEqual({
      total: 1,
      thisQuarter: 1,
      withdrawn: 1,
      paper: 0,
    });
  });
});

describe("opening and closing", () => {
  it("closes a survey (audited), which refuses answers with 409 and leaves it off the lists, then opens it again", async () => {
    const closed = await analyst.request("/api/workspace/surveys/quick-feedback/status", {
      json: { status: "closed" },
    });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ id: "quick-feedback", status: "closed" });
    const refused = await submit("quick-feedback", { "know-more": "yes" });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("survey_closed");
    expect(await (await t.app.request("/")).text()).not.toContain('href="/s/quick-feedback"');
    const listed = await (await t.app.request("/api/surveys")).json();
    expect(listed.map((s: { id: string }) => s.id)).not.toContain("quick-feedback");

    await analyst.request("/api/workspace/surveys/quick-feedback/status", { json: { status: "open" } });
    expect((await submit("quick-feedback", { "know-more": "yes" })).status).toBe(201);
    expect(await (await t.app.request("/")).text()).toContain('href="/s/quick-feedback"');
    const actions = (await listAudit(t.sqlite.db))
      .filter((r) => r.target === "quick-feedback")
      .map((r) => r.action);
    expect(actions).toEqual(["survey.opened", "survey.closed"]);
  });

  it("refuses a status other than open or closed, and an unknown survey", async () => {
    expect(
      (await analyst.request("/api/workspace/surveys/quick-feedback/status", { json: { status: "paused" } }))
        .status,
    ).toBe(400);
    expect(
      (await analyst.request("/api/workspace/surveys/no-such/status", { json: { status: "closed" } })).status,
    ).toBe(404);
  });

  it("works from the page without JavaScript: the button closes, the message says so, the tag reads Closed", async () => {
    const browser = formClient(t);
    browser.jar.set(...(analyst.cookie.split("=") as [string, string]));
    const posted = await browser.post("/workspace/surveys/moving-on/status", { status: "closed" });
    expect(posted.status).toBe(303);
    const html = await (await browser.get(posted.headers.get("location") ?? "")).text();
    expect(html).toContain("is closed. It is off the home page and takes no new answers.");
    expect(html).toContain('<strong class="tag tag--warning">Closed</strong>');
    expect(html).toMatch(/Open<span class="visually-hidden"> [^<]+<\/span>/);
    await browser.post("/workspace/surveys/moving-on/status", { status: "open" });
  });
});

describe("a closed survey's journey", () => {
  it("says it is closed on the start page (in the page's language), refuses to start (409) and to send a started draft (409)", async () => {
    const child = formClient(t);
    await child.post("/s/feeling-safe/start");
    await analyst.request("/api/workspace/surveys/feeling-safe/status", { json: { status: "closed" } });
    try {
      const start = await child.get("/s/feeling-safe");
      expect(start.status).toBe(200);
      const html = await start.text();
      expect(html).toContain("This survey is closed.");
      expect(html).not.toContain('action="/s/feeling-safe/start"');
      expect(await (await child.get("/s/feeling-safe?lang=pl")).text()).toContain(
        "Ta ankieta jest już zamknięta.",
      );
      expect((await child.post("/s/feeling-safe/start")).status).toBe(409);
      expect((await child.post("/s/feeling-safe/submit")).status).toBe(409);
      expect((await child.get("/s/feeling-safe/check")).status).toBe(409);
      expect((await formClient(t).post("/k/feeling-safe/start", { event: "Youth club" })).status).toBe(409);
    } finally {
      await analyst.request("/api/workspace/surveys/feeling-safe/status", { json: { status: "open" } });
    }
  });
});
