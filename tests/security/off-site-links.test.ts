import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";

// Every page links to itself in each language, built from the address it was asked for. An address
// whose path starts with "//" or "/\" must not turn those links into links to another site: a child
// sent to https://heard.example//evil.example would otherwise tap "Polski" and land on evil.example.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const BASE = "http://localhost";

/** The language links of a page, each resolved as a browser would. */
async function languageLinks(path: string): Promise<URL[]> {
  const res = await t.app.request(`${BASE}${path}`);
  expect(res.status, path).toBeLessThan(500);
  const html = await res.text();
  const hrefs = [...html.matchAll(/href="([^"]*lang=[a-z]{2}[^"]*)"/g)].map((m) =>
    (m[1] ?? "").replaceAll("&amp;", "&"),
  );
  expect(hrefs.length, `language links on ${path}`).toBe(5);
  return hrefs.map((href) => new URL(href, `${BASE}${path}`));
}

describe("language links never leave the site", () => {
  it.each([
    "//evil.example/x",
    "///evil.example",
    "/\\evil.example/x",
    "/\\/evil.example",
    "//evil.example/you-said-we-did?for=children",
    "//evil.example/workspace/sign-in",
  ])("on the page for %s", async (path) => {
    for (const link of await languageLinks(path)) {
      expect(link.origin, link.href).toBe(BASE);
    }
  });

  it("still point at the same page, with its query, on ordinary addresses", async () => {
    const [first] = await languageLinks("/you-said-we-did?for=children");
    expect(first?.pathname).toBe("/you-said-we-did");
    expect(first?.searchParams.get("for")).toBe("children");
  });
});
