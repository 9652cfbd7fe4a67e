import { expect, it } from "vitest";
import { browser } from "../browser";
import { officer } from "../officers";
import { type TargetRef, token } from "../target";

/** The quarter today is in, as the publication API takes it (2026-Q4). */
function thisQuarter(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

type Ref = { id: string; version: number; status: string };
type Published = {
  id: string;
  version: number;
  versions: number[];
  k: number;
  weDid: { actions: { title: string }[] };
};

/** "You said, we did": an action and a publication made through the officer API, then read by anyone. */
export function publications(target: TargetRef) {
  it("publishes a draft with an action, then serves it as JSON, a page and an Atom feed", async () => {
    const analyst = await officer(target(), "analyst");
    const title = `Lights at the bus stops ${token()}`;
    const action = await analyst.send("/api/actions", {
      json: {
        title,
        description: "New lights at four bus stops on the high street.",
        childSummary: "More lights at bus stops.",
        agency: "council",
        owningTeam: "Street Lighting",
        status: "in-progress",
        themes: ["transport-after-dark"],
      },
    });
    expect(action.status).toBe(201);
    const personal = await analyst.send("/api/actions", {
      json: { title, description: "x", childSummary: "x", agency: "council", owningTeam: "Jane Smith" },
    });
    expect(personal.status).toBe(400);

    const drafted = await analyst.send("/api/publications", { json: { period: thisQuarter() } });
    expect(drafted.status).toBe(201);
    const draft = (await drafted.json()) as Ref;
    expect(draft).toMatchObject({ version: 1, status: "draft" });
    const anyone = browser(target());
    // A draft is for officers only.
    expect((await anyone.get(`/api/publications/${draft.id}`)).status).toBe(404);

    const published = await analyst.send(`/api/publications/${draft.id}/publish`, { method: "POST" });
    expect([published.status, await published.json()]).toEqual([200, { ...draft, status: "published" }]);

    const latest = await anyone.get("/api/publications/latest");
    expect(latest.status).toBe(200);
    const body = (await latest.json()) as Published;
    expect(body).toMatchObject({ id: draft.id, version: 1, versions: [1], k: 10 });
    expect(body.weDid.actions.map((a) => a.title)).toContain(title);

    const page = await anyone.get("/you-said-we-did");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(title);
    expect(html).toContain(`href="/you-said-we-did/${draft.id}/v/1"`);

    const feed = await anyone.get("/you-said-we-did/feed.xml");
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await feed.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/i,
    );
    // Absolute links name the address the request reached, on either runtime.
    expect(xml).toContain(`<id>${target().url}/you-said-we-did/${draft.id}/v/1</id>`);
    expect(xml).toContain(`href="${target().url}/you-said-we-did/feed.xml"`);
  });
}
