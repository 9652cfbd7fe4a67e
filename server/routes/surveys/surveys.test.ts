import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

describe("GET /api/surveys", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists every bundled survey with id, version, title, audience and a start url", async () => {
    const res = await t.app.request("/api/surveys");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const surveys = (await res.json()) as {
      id: string;
      version: number;
      title: string;
      audience: string;
      url: string;
    }[];
    expect(surveys.length).toBeGreaterThanOrEqual(6);
    for (const survey of surveys) {
      expect(survey.id).toMatch(/^[a-z0-9-]+$/);
      expect(survey.version).toBeGreaterThanOrEqual(1);
      expect(survey.title.length).toBeGreaterThan(0);
      expect(survey.url).toBe(`/s/${survey.id}`);
    }
    expect(surveys.map((s) => s.id)).toContain("feeling-safe");
    expect(surveys.find((s) => s.id === "feeling-safe")?.audience).toBe("child-8-12");
  });
});

describe("GET /api/openapi.json", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("documents the routes from their zod definitions", async () => {
    const res = await t.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: object };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/healthz", "/api/surveys"]));
    expect(Object.keys(doc.components.schemas)).toContain("SurveySummary");
  });
});
