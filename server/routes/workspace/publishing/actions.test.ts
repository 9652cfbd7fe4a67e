import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { type SignedIn, STAFF_PASSWORD, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";

type Action = {
  id: string;
  title: string;
  status: string;
  doneOn: string | null;
  themes: string[];
  rag?: string;
};
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let t: TestApp;
let analyst: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
});
afterAll(async () => {
  await t.close();
});

const newAction = {
  title: "Brighter paths to school",
  description: "New lighting on the three paths children named.",
  childSummary: "We are putting in more lights on the way to school.",
  agency: "council",
  owningTeam: "Highways and Street Lighting",
  themes: ["safer-routes-to-school"],
  outcomes: ["prevent.early"],
  dueOn: "2099-03-31",
};
const audits = async (action: string) =>
  (await t.sqlite.db.query.auditLog.findMany()).filter((r) => r.action === action);

describe("the actions API", () => {
  it("answers 401 without a session and 403 to roles that may not write or read", async () => {
    expect((await t.app.request("/api/actions")).status).toBe(401);
    const post = await t.app.request("/api/actions", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(newAction),
    });
    expect(post.status).toBe(401);
    const viewer = await signedIn(t, "viewer");
    expect((await viewer.request("/api/actions")).status).toBe(403);
    expect((await viewer.request("/api/actions", { json: newAction })).status).toBe(403);
    expect(
      (await viewer.request("/api/actions/x", { method: "PATCH", json: { status: "done" } })).status,
    ).toBe(403);
    expect((await viewer.request("/api/actions/x/updates", { json: { note: "hi" } })).status).toBe(403);
    const lead = await signedIn(t, "safeguarding");
    expect((await lead.request("/api/actions")).status).toBe(403);
  });

  it("adds an action, audits it, and lists it with its RAG status", async () => {
    const res = await analyst.request("/api/actions", { json: newAction });
    expect(res.status).toBe(201);
    const action = (await res.json()) as Action;
    expect(action).toMatchObject({ status: "planned", themes: ["safer-routes-to-school"] });
    expect((await audits("action.created")).at(-1)).toMatchObject({
      target: action.id,
      actorEmail: "analyst@example.org",
    });
    const list = (await (await analyst.request("/api/actions")).json()) as { actions: Action[] };
    expect(list.actions.find((a) => a.id === action.id)?.rag).toBe("green");
  });

  it("refuses an owning team that is an email address or a person's name, saying why", async () => {
    for (const owningTeam of ["lighting@council.example", "Sam Jones"]) {
      const res = await analyst.request("/api/actions", { json: { ...newAction, owningTeam } });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.issues?.[0]?.path).toBe("owningTeam");
      expect(body.error.issues?.[0]?.message).toMatch(/Name a team/);
    }
  });

  it("refuses themes not in the codebook and outcomes not in the framework", async () => {
    const theme = await analyst.request("/api/actions", {
      json: { ...newAction, themes: ["no-such-theme"] },
    });
    expect(theme.status).toBe(400);
    expect(((await theme.json()) as ErrorBody).error.issues?.[0]?.path).toBe("themes.0");
    const outcome = await analyst.request("/api/actions", {
      json: { ...newAction, outcomes: ["prevent.everything"] },
    });
    expect(outcome.status).toBe(400);
  });

  it("changes an action, dating it done, and adds progress notes, each audited", async () => {
    const created = (await (await analyst.request("/api/actions", { json: newAction })).json()) as Action;
    const patched = await analyst.request(`/api/actions/${created.id}`, {
      method: "PATCH",
      json: { status: "done" },
    });
    expect(patched.status).toBe(200);
    const done = (await patched.json()) as Action;
    expect(done.doneOn).toBe(new Date().toISOString().slice(0, 10));
    const note = await analyst.request(`/api/actions/${created.id}/updates`, {
      json: { note: "Lights are in." },
    });
    expect(note.status).toBe(201);
    const rows = (await audits("action.updated")).filter((r) => r.target === created.id);
    expect(rows).toHaveLength(2);
    expect(
      (await analyst.request("/api/actions/nope", { method: "PATCH", json: { status: "done" } })).status,
    ).toBe(404);
  });
});

describe("the actions pages, without JavaScript", () => {
  it("adds an action through the form and shows it with its RAG in words", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const form = await browser.get("/workspace/actions/new");
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("never an email address or a person");
    const res = await browser.post("/workspace/actions", {
      ...newAction,
      title: "Youth club on Fridays",
      dueOn: "2000-01-01",
      themes: ["youth-clubs-things-to-do"],
      "title-pl": "Klub młodzieżowy w piątki",
    });
    expect(res.status).toBe(303);
    const list = await (await browser.get(res.headers.get("location") ?? "")).text();
    expect(list).toContain("Youth club on Fridays");
    expect(list).toContain("Red: overdue");
  });

  it("shows what to fix when the team reads like a person, keeping what was typed", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const res = await browser.post("/workspace/actions", { ...newAction, owningTeam: "Sam Jones" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#owningTeam"');
    expect(html).toContain("this looks like a first name and a surname");
    expect(html).toContain('value="Sam Jones"');
  });
});
