import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A no-JavaScript form post to the sign-in page, with the headers a browser would send. */
const post = (headers: Record<string, string>) =>
  t.app.request("/workspace/sign-in", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: "email=someone%40example.org&password=not-the-password",
  });

describe("form posts from our own no-referrer pages", () => {
  it("accepts 'Origin: null' when Sec-Fetch-Site says same-origin (what Chromium sends under no-referrer)", async () => {
    // 400: the sign-in was tried (wrong password), not refused as cross-origin.
    expect((await post({ origin: "null", "sec-fetch-site": "same-origin" })).status).toBe(400);
  });

  it("still refuses 'Origin: null' from another site, or with nothing to say where it came from", async () => {
    expect((await post({ origin: "null", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ origin: "null" })).status).toBe(403);
    expect((await post({ origin: "https://evil.example", "sec-fetch-site": "same-origin" })).status).toBe(
      403,
    );
  });
});
