import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

describe("GET /", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("renders a complete HTML page listing the surveys with links to start them", async () => {
    const res = await t.app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('href="/s/feeling-safe"');
  });

  it("has the help and exit links on the page", async () => {
    const html = await (await t.app.request("/")).text();
    expect(html).toContain('href="/help"');
    expect(html).toContain('href="/exit"');
  });

  it("sends privacy headers: no referrer, no geolocation, camera or microphone", async () => {
    const res = await t.app.request("/");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("permissions-policy")).toMatch(/geolocation=\(\)/);
  });
});

describe("request log", () => {
  it("logs the route pattern and status, never the concrete path or query", async () => {
    const t = await createTestApp();
    try {
      await t.app.request("/api/surveys?name=Jo%20Bloggs", { headers: { "user-agent": "Secret/1.0" } });
      await t.app.request("/no-such-page-for-jo");
      expect(t.logs.join("\n")).not.toMatch(/Jo|Bloggs|Secret/);
      expect(t.logs[0]).toMatch(/^GET \/api\/surveys 200 /);
    } finally {
      await t.close();
    }
  });
});
