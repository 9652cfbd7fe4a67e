import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { type SignedIn, STAFF_PASSWORD, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";

type Theme = {
  id: string;
  label: string;
  outcomes: string[];
  harms: string[];
  retired: boolean;
  uses: number;
};
type ErrorBody = { error: { code: string; issues?: { path: string; message: string }[] } };

let t: TestApp;
let analyst: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
});
afterAll(async () => {
  await t.close();
});

const themes = async () =>
  ((await (await analyst.request("/api/themes")).json()) as { themes: Theme[] }).themes;
const audits = async (action: string) =>
  (await t.sqlite.db.query.auditLog.findMany()).filter((r) => r.action === action);

describe("GET /api/themes", () => {
  it("starts with the strategy's starter codebook, every link an id in the framework", async () => {
    const list = await themes();
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(list.map((th) => th.label)).toContain("Online grooming and sextortion");
    for (const theme of list) {
      expect(theme.outcomes.length).toBeGreaterThan(0);
      expect(theme.harms.length).toBeGreaterThan(0);
      for (const id of theme.outcomes) expect(frameworkIds.outcomes).toContain(id);
      for (const id of theme.harms) expect(frameworkIds.harms).toContain(id);
    }
  });

  it("answers 401 to anyone not signed in, and 403 to roles that do not code", async () => {
    expect((await t.app.request("/api/themes")).status).toBe(401);
    for (const role of ["viewer", "safeguarding"] as const) {
      const officer = await signedIn(t, role);
      expect((await officer.request("/api/themes")).status).toBe(403);
      expect((await officer.request("/api/themes", { json: { label: "Nope" } })).status).toBe(403);
    }
  });
});

describe("POST /api/themes", () => {
  it("adds a theme linked to outcomes and harms, and audits it", async () => {
    const res = await analyst.request("/api/themes", {
      json: {
        label: "Vapes and pressure to sell",
        description: "Being asked to sell vapes to friends.",
        outcomes: ["prevent.early", "prepare.awareness", "prevent.early"],
        harms: ["cce"],
      },
    });
    expect(res.status).toBe(201);
    const theme = (await res.json()) as Theme;
    expect(theme).toMatchObject({
      id: "vapes-and-pressure-to-sell",
      retired: false,
      uses: 0,
      harms: ["cce"],
    });
    expect(theme.outcomes).toEqual(["prepare.awareness", "prevent.early"]);
    const [row] = await audits("theme.created");
    expect(row).toMatchObject({ target: theme.id, actorEmail: "analyst@example.org" });
  });

  it("refuses an outcome or harm the framework does not have, a missing label and a duplicate label", async () => {
    const bad = await analyst.request("/api/themes", {
      json: { label: "X", outcomes: ["prevent.everything"] },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.[0]?.path).toBe("outcomes.0");
    const badHarm = await analyst.request("/api/themes", { json: { label: "Y", harms: ["gangs"] } });
    expect(badHarm.status).toBe(400);
    expect((await analyst.request("/api/themes", { json: { label: "  " } })).status).toBe(400);
    const twin = await analyst.request("/api/themes", { json: { label: "knife crime AND weapons" } });
    expect(twin.status).toBe(400);
    expect(((await twin.json()) as ErrorBody).error.issues?.[0]?.path).toBe("label");
  });
});

describe("PATCH /api/themes/:id", () => {
  it("retires a theme and audits what changed", async () => {
    const res = await analyst.request("/api/themes/police-and-trust", {
      method: "PATCH",
      json: { retired: true },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Theme).retired).toBe(true);
    const rows = await audits("theme.updated");
    expect(rows.at(-1)).toMatchObject({ target: "police-and-trust", detail: { changed: { retired: true } } });
    const list = await themes();
    expect(list.at(-1)?.id).toBe("police-and-trust");
  });

  it("answers 404 for no such theme and 400 for an empty change", async () => {
    expect(
      (await analyst.request("/api/themes/no-such", { method: "PATCH", json: { retired: true } })).status,
    ).toBe(404);
    expect(
      (await analyst.request("/api/themes/help-that-worked", { method: "PATCH", json: {} })).status,
    ).toBe(400);
  });
});

describe("the themes page, without JavaScript", () => {
  it("lists themes with their counts and adds one through the form", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const page = await browser.get("/workspace/themes");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<caption>Themes in the codebook</caption>");
    expect(html).toContain("Safer routes to school");

    const added = await browser.post("/workspace/themes", {
      label: "Street lighting",
      description: "Dark paths and underpasses.",
      outcomes: ["prevent.early"],
      harms: ["serious-youth-violence", "cse"],
    });
    expect(added.status).toBe(303);
    const after = await browser.get(added.headers.get("location") ?? "");
    expect(await after.text()).toContain("“Street lighting” was added to the codebook.");
    const theme = (await themes()).find((th) => th.label === "Street lighting");
    expect(theme?.harms).toEqual(["cse", "serious-youth-violence"]);
  });

  it("shows what to fix when the label is missing, keeping what was chosen", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const res = await browser.post("/workspace/themes", { label: "", outcomes: ["prepare.voice"] });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<a href="#label">Enter a label for the theme.</a>');
    expect(html).toMatch(/value="prepare.voice" checked/);
  });

  it("edits and retires a theme on its own page", async () => {
    const browser = formClient(t);
    await browser.post("/workspace/sign-in", { email: "analyst@example.org", password: STAFF_PASSWORD });
    const edit = await browser.get("/workspace/themes/transport-after-dark");
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain("Edit theme: Transport and travel after dark");
    const saved = await browser.post("/workspace/themes/transport-after-dark", {
      label: "Transport and travel at night",
      description: "",
      outcomes: ["prevent.early"],
      harms: ["cse"],
      retired: "1",
    });
    expect(saved.status).toBe(303);
    const theme = (await themes()).find((th) => th.id === "transport-after-dark");
    expect(theme).toMatchObject({ label: "Transport and travel at night", retired: true });
    expect((await browser.get("/workspace/themes/nothing-here")).status).toBe(404);
  });
});
