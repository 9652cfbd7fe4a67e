import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { submitMany, submitText } from "./test-answers";

type Cell = { kind: "count"; value: number } | { kind: "suppressed"; display: string };
type Overview = {
  period: string;
  k: number | null;
  bySurvey: { key: string; cell: Cell }[];
  byAudience: { key: string; cell: Cell }[];
  total: Cell;
  topThemes: { key: string; label: string; cell: Cell }[];
  openSafeguarding: Cell;
  openContact: Cell;
};

const cellOf = (o: Overview, key: string) => o.bySurvey.find((r) => r.key === key)?.cell;

describe("the overview", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await submitMany(t, 3);
  });
  afterAll(async () => {
    await t.close();
  });

  it("asks anyone not signed in to sign in (401 from the API, the sign-in page for the page)", async () => {
    expect((await t.app.request("/api/overview")).status).toBe(401);
    const page = await t.app.request("/workspace");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/workspace/sign-in?next=%2Fworkspace");
  });

  it("gives an analyst exact counts for this quarter", async () => {
    const analyst = await signedIn(t, "analyst");
    const res = await analyst.request("/api/overview");
    expect(res.status).toBe(200);
    const overview = (await res.json()) as Overview;
    expect(overview.k).toBeNull();
    expect(cellOf(overview, "quick-feedback")).toEqual({ kind: "count", value: 3 });
    expect(overview.byAudience.find((r) => r.key === "community")?.cell).toEqual({ kind: "count", value: 3 });
    expect(overview.total).toEqual({ kind: "count", value: 3 });
  });

  it("hides small counts from a board member, everywhere on the page and in the API", async () => {
    const viewer = await signedIn(t, "viewer");
    const overview = (await (await viewer.request("/api/overview")).json()) as Overview;
    expect(overview.k).toBe(10);
    expect(cellOf(overview, "quick-feedback")).toEqual({ kind: "suppressed", display: "<10" });
    expect(overview.total).toEqual({ kind: "suppressed", display: "<10" });
    const page = await viewer.request("/workspace");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("&lt;10");
    expect(html).toContain("fewer than 10");
    expect(html).not.toMatch(/<td class="numeric">3<\/td>/);
  });

  it("picks another quarter with ?period=, and refuses one that is not a quarter", async () => {
    const analyst = await signedIn(t, "analyst", "analyst2@example.org");
    const old = (await (await analyst.request("/api/overview?period=2020-Q1")).json()) as Overview;
    expect(old.period).toBe("2020-Q1");
    expect(old.total).toEqual({ kind: "count", value: 0 });
    expect((await analyst.request("/api/overview?period=2020-Q5")).status).toBe(400);
    const page = await analyst.request("/workspace?period=spring");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("Choose a quarter from the list.");
  });

  it("counts possible disclosures still open, as a number only", async () => {
    await submitText(t, "An older guy online keeps asking me for nudes and says he will share them");
    const analyst = await signedIn(t, "analyst", "analyst4@example.org");
    const overview = (await (await analyst.request("/api/overview")).json()) as Overview;
    expect(overview.openSafeguarding).toEqual({ kind: "count", value: 1 });
    expect(overview.openContact).toEqual({ kind: "count", value: 0 });
    expect(JSON.stringify(overview)).not.toContain("nudes");
    const viewer = await signedIn(t, "viewer", "viewer2@example.org");
    const hidden = (await (await viewer.request("/api/overview")).json()) as Overview;
    expect(hidden.openSafeguarding).toEqual({ kind: "suppressed", display: "<10" });
  });

  it("links the safeguarding lead to the queue, and shows others the count only", async () => {
    const lead = await signedIn(t, "safeguarding");
    const leadPage = await (await lead.request("/workspace")).text();
    expect(leadPage).toContain('href="/workspace/safeguarding"');
    const analyst = await signedIn(t, "analyst", "analyst3@example.org");
    const page = await (await analyst.request("/workspace")).text();
    expect(page).not.toContain('<a href="/workspace/safeguarding">');
    expect(page).toContain("data-open-safeguarding");
  });
});

describe("counts that move with coding", () => {
  it("puts a theme in the top themes as soon as answers are coded with it", async () => {
    const t = await createTestApp();
    try {
      const keys = await submitMany(t, 2);
      const analyst = await signedIn(t, "analyst");
      const before = (await (await analyst.request("/api/overview")).json()) as Overview;
      expect(before.topThemes).toEqual([]);
      await analyst.request("/api/codes/bulk", {
        json: { answers: keys, themeId: "youth-clubs-things-to-do" },
      });
      const after = (await (await analyst.request("/api/overview")).json()) as Overview;
      expect(after.topThemes).toEqual([
        {
          key: "youth-clubs-things-to-do",
          label: "Youth clubs and things to do",
          cell: { kind: "count", value: 2 },
        },
      ]);
      const page = await (await analyst.request("/workspace")).text();
      expect(page).toMatch(/Youth clubs and things to do<\/th><td class="numeric">2<\/td>/);
    } finally {
      await t.close();
    }
  });
});

describe("the OpenAPI document", () => {
  it("describes every coding endpoint", async () => {
    const t = await createTestApp();
    try {
      const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
        paths: Record<string, object>;
      };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          "/api/overview",
          "/api/responses",
          "/api/themes",
          "/api/themes/{id}",
          "/api/responses/{responseId}/answers/{questionId}/codes",
          "/api/responses/{responseId}/answers/{questionId}/codes/{themeId}",
          "/api/responses/{responseId}/answers/{questionId}/harms",
          "/api/codes/bulk",
        ]),
      );
    } finally {
      await t.close();
    }
  });
});

describe("the overview with a different threshold", () => {
  it("uses HEARD_SUPPRESSION_K from the configuration", async () => {
    const t = await createTestApp({ HEARD_SUPPRESSION_K: "5" });
    try {
      await submitMany(t, 6);
      const viewer = await signedIn(t, "viewer");
      const overview = (await (await viewer.request("/api/overview")).json()) as Overview;
      expect(overview.k).toBe(5);
      expect(cellOf(overview, "quick-feedback")).toEqual({ kind: "count", value: 6 });
    } finally {
      await t.close();
    }
  });
});
