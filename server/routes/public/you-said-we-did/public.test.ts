import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../../../tests/support/staff";
import { createTestApp, TEST_KEY, type TestApp } from "../../../../tests/support/test-app";
import { createApp } from "../../../app";
import { codedAnswers, thisQuarter } from "../../workspace/publishing/test-data";
import { parseXml, type XmlElement } from "./strict-xml";

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  const analyst = await signedIn(t, "analyst");
  await codedAnswers(t, 12, "transport-after-dark", "The bus stop is dark at night");
  await codedAnswers(t, 3, "trusted-adults", "My teacher listens");
  // A Polish parent's words, quoted: their letters show their language.
  const [polish] = await codedAnswers(t, 1, "trusted-adults", "Nauczycielka zawsze słucha", { locale: "pl" });
  await analyst.request("/api/themes/trusted-adults/quotes", {
    json: { ...polish, text: "Nauczycielka zawsze słucha 1", status: "approved" },
  });
  await analyst.request("/api/actions", {
    json: {
      title: "Lights at the bus stops",
      description: "New lights at four bus stops.",
      childSummary: "More lights at bus stops.",
      agency: "council",
      owningTeam: "Street Lighting",
      status: "in-progress",
      themes: ["transport-after-dark"],
      translations: { pl: { childSummary: "Więcej świateł na przystankach." } },
    },
  });
  const ref = (await (
    await analyst.request("/api/publications", { json: { period: thisQuarter() } })
  ).json()) as { id: string };
  id = ref.id;
  await analyst.request(`/api/publications/${id}/publish`, { method: "POST" });
  await analyst.request(`/api/publications/${id}/publish`, { method: "POST" });
});
afterAll(async () => {
  await t.close();
});

const page = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, html: await res.text() };
};

describe("the public pages, without signing in", () => {
  it("shows the latest publication with quick exit, help and languages, and the archive of versions", async () => {
    const { status, html } = await page("/you-said-we-did");
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain("Exit this page");
    expect(html).toContain('href="/help"');
    expect(html).toContain("Polski");
    expect(html).toContain("Lights at the bus stops");
    expect(html).toContain(`href="/you-said-we-did/${id}/v/1"`);
    expect(html).toContain(`href="/you-said-we-did/${id}/v/2"`);
  });

  it("draws charts as named images followed by the same numbers in a table, small counts hidden", async () => {
    const { html } = await page(`/you-said-we-did/${id}`);
    expect(html).toMatch(/<svg role="img" aria-labelledby="top-themes-title top-themes-desc"/);
    expect(html).toMatch(
      /<\/svg><table class="ysd-table"><caption>What people told us about most<\/caption>/,
    );
    expect(html).toMatch(
      /<th scope="row">Trusted adults to talk to<\/th><td class="ysd-table__number">&lt;10<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">Transport and travel after dark<\/th><td class="ysd-table__number">12<\/td>/,
    );
    expect(html).not.toMatch(/ysd-table__number">[1-9]<\/td>/);
  });

  it("has a children's version with their summaries, simple words and pictures", async () => {
    const { html } = await page(`/you-said-we-did/${id}/v/2?for=child`);
    expect(html).toContain("More lights at bus stops.");
    expect(html).not.toContain("New lights at four bus stops.");
    expect(html).toContain("Happening now");
    expect(html).toContain("You told us");
    expect(html).toMatch(/<svg viewBox="0 0 48 48"[^>]*aria-hidden="true"/);
    expect(html).toContain("Fewer than 10 answers were about this.");
    expect(html).not.toMatch(/<img /);
  });

  it("translates the interface, uses an officer's translation, and marks English officer text", async () => {
    const { html } = await page(`/you-said-we-did/${id}?for=child&lang=pl`);
    expect(html).toMatch(/<html lang="pl" dir="ltr">/);
    expect(html).toContain("Więcej świateł na przystankach.");
    expect(html).toContain('<h4 class="ysd-action__title" lang="en">Lights at the bus stops</h4>');
  });

  it("marks a quote whose letters show its language with lang, for screen readers (WCAG 3.1.2)", async () => {
    const { html } = await page(`/you-said-we-did/${id}`);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<blockquote class="ysd-quote" lang="pl"><p>“Nauczycielka zawsze słucha 1”</p>');
  });

  it("filters by harm and by outcome with a plain GET form", async () => {
    const harm = await page(`/you-said-we-did/${id}?harm=serious-youth-violence`);
    expect(harm.html).toContain("Transport and travel after dark");
    expect(harm.html).not.toContain("<h3>Trusted adults to talk to</h3>");
    expect(harm.html).toContain('<option value="serious-youth-violence" selected>');
    const none = await page(`/you-said-we-did/${id}?outcome=pursue.offending`);
    expect(none.html).toContain("Nothing on this page matches");
  });

  it("keeps every version at its own address and answers 404 for what was never published", async () => {
    expect((await page(`/you-said-we-did/${id}/v/1`)).status).toBe(200);
    expect((await page(`/you-said-we-did/${id}/v/1`)).html).toContain("This is an older version");
    expect((await page(`/you-said-we-did/${id}/v/7`)).status).toBe(404);
    expect((await page("/you-said-we-did/no-such-thing")).status).toBe(404);
    const api = await t.app.request("/api/publications/no-such-thing");
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

const child = (node: XmlElement, name: string) => node.children.filter((c) => c.name === name);

describe("the Atom feed", () => {
  it("is well-formed Atom 1.0 with one entry per published version and absolute links", async () => {
    const res = await t.app.request("/you-said-we-did/feed.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseXml(await res.text());
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const required of ["id", "title", "updated", "author"])
      expect(child(feed, required)).toHaveLength(1);
    expect(child(feed, "link").find((l) => l.attrs.rel === "self")?.attrs.href).toBe(
      "http://localhost/you-said-we-did/feed.xml",
    );
    const entries = child(feed, "entry");
    expect(entries.map((e) => child(e, "id")[0]?.text)).toEqual([
      `http://localhost/you-said-we-did/${id}/v/2`,
      `http://localhost/you-said-we-did/${id}/v/1`,
    ]);
    for (const entry of entries) {
      expect(child(entry, "updated")[0]?.text).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(child(entry, "link")[0]?.attrs.href).toMatch(/^http:\/\/localhost\/you-said-we-did\//);
    }
  });

  it("uses HEARD_ORIGIN for its links when the site sits behind a proxy", async () => {
    const proxied = createApp({
      database: () => t.sqlite.db,
      config: { HEARD_SAFEGUARDING_KEY: TEST_KEY, HEARD_ORIGIN: "https://heard.example.org" },
      log: () => {},
    });
    const feed = parseXml(await (await proxied.request("/you-said-we-did/feed.xml")).text());
    expect(child(feed, "id")[0]?.text).toBe("https://heard.example.org/you-said-we-did");
  });
});
