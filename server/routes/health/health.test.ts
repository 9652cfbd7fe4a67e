import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

describe("GET /healthz", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers 200 ok when the database answers", async () => {
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 in the error shape when the database is gone", async () => {
    await t.sqlite.close();
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe("unavailable");
    await t.sqlite.close().catch(() => {}); // second close in afterEach must not throw the test away
  });
});
