import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { AnswerKey } from "../../../db/queries/coding";
import { assertNoSmallCounts } from "../../../domain/suppression";
import { codedAnswers, thisQuarter } from "./test-data";

type Ref = { id: string; version: number; status: string };
type Published = {
  id: string;
  version: number;
  versions: number[];
  k: number;
  youSaid: { themes: { id: string; count: unknown; quotes: { text: string }[] }[] };
  weDid: { actions: { title: string }[] };
};

let t: TestApp;
let analyst: SignedIn;
let viewer: SignedIn;
let ref: Ref;
let v1: Published;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
  viewer = await signedIn(t, "viewer");
  const big = await codedAnswers(t, 12, "transport-after-dark", "The bus stop is dark and scary at night");
  await codedAnswers(t, 3, "trusted-adults", "My teacher listens to me");
  // Four approved quotes (only three may be published) and one rejected.
  for (const [i, key] of big.slice(0, 5).entries()) {
    const status = i === 4 ? "rejected" : "approved";
    await analyst.request("/api/themes/transport-after-dark/quotes", {
      json: { ...(key as AnswerKey), text: `dark and scary at night ${i + 1}`, status },
    });
  }
  await analyst.request("/api/actions", {
    json: {
      title: "Lights at the bus stops",
      description: "New lights at four bus stops.",
      childSummary: "More lights at bus stops.",
      agency: "council",
      owningTeam: "Street Lighting",
      themes: ["transport-after-dark"],
      translations: { pl: { childSummary: "Więcej świateł na przystankach." } },
    },
  });
});
afterAll(async () => {
  await t.close();
});

const json = async <T>(res: Response) => (await res.json()) as T;

describe("making and publishing a publication", () => {
  it("refuses anonymous officers (401) and board members (403) on every write", async () => {
    const anonymous = await t.app.request("/api/publications", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ period: thisQuarter() }),
    });
    expect(anonymous.status).toBe(401);
    expect((await viewer.request("/api/publications", { json: { period: thisQuarter() } })).status).toBe(403);
    expect((await viewer.request("/api/publications/x/publish", { method: "POST" })).status).toBe(403);
    expect((await viewer.request("/api/publications/x/draft", { method: "PUT", json: {} })).status).toBe(403);
    const lead = await signedIn(t, "safeguarding");
    expect((await lead.request("/api/publications/x/versions")).status).toBe(403);
  });

  it("refuses a period it cannot read", async () => {
    const res = await analyst.request("/api/publications", { json: { period: "last autumn" } });
    expect(res.status).toBe(400);
    expect((await json<{ error: { issues: { path: string }[] } }>(res)).error.issues[0]?.path).toBe("period");
  });

  it("makes a draft that nobody outside the workspace can see, but officers can preview", async () => {
    const res = await analyst.request("/api/publications", { json: { period: thisQuarter() } });
    expect(res.status).toBe(201);
    ref = await json<Ref>(res);
    expect(ref).toMatchObject({ version: 1, status: "draft" });
    expect((await t.app.request("/api/publications/latest")).status).toBe(404);
    expect((await t.app.request(`/you-said-we-did/${ref.id}`)).status).toBe(404);
    const preview = await viewer.request(`/workspace/publications/${ref.id}/preview`);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("It is not published yet");
    expect(html).toContain("Lights at the bus stops");
  });

  it("publishes version 1, audited, with every count suppressed, k recorded and three approved quotes", async () => {
    const res = await analyst.request(`/api/publications/${ref.id}/publish`, { method: "POST" });
    expect(await json<Ref>(res)).toEqual({ id: ref.id, version: 1, status: "published" });
    const audit = (await t.sqlite.db.query.auditLog.findMany()).filter(
      (r) => r.action === "publication.published",
    );
    expect(audit.map((r) => r.target)).toEqual([`${ref.id}/v/1`]);
    v1 = await json<Published>(await t.app.request("/api/publications/latest"));
    expect(v1).toMatchObject({ id: ref.id, version: 1, k: 10, versions: [1] });
    expect(() => assertNoSmallCounts(v1, v1.k)).not.toThrow();
    const dark = v1.youSaid.themes.find((th) => th.id === "transport-after-dark");
    expect(dark?.count).toEqual({ kind: "count", value: 12 });
    expect(dark?.quotes.map((q) => q.text)).toEqual([
      "dark and scary at night 1",
      "dark and scary at night 2",
      "dark and scary at night 3",
    ]);
    expect(v1.youSaid.themes.find((th) => th.id === "trusted-adults")?.count).toEqual({
      kind: "suppressed",
      display: "<10",
    });
    expect(JSON.stringify(v1)).not.toContain("night 5");
  });

  it("publishes no quote's language that its words do not already show", async () => {
    const page = await t.app.request(`/you-said-we-did/${ref.id}?lang=pl`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="pl"');
    // English quotes on the Polish page, from respondents on the English pages: nothing marks them.
    const quotes = [...html.matchAll(/<blockquote class="ysd-quote"( lang="(\w+)")?>/g)].map((m) => m[2]);
    expect(quotes).toEqual([undefined, undefined, undefined]);
    expect(JSON.stringify(v1)).not.toContain('"lang"');
  });

  it("publishing again makes version 2 from today's data and leaves version 1 exactly as it was", async () => {
    await analyst.request("/api/actions", {
      json: {
        title: "Night bus trial",
        description: "A later bus.",
        childSummary: "A bus later at night.",
        agency: "partnership",
        owningTeam: "Transport Team",
      },
    });
    const res = await analyst.request(`/api/publications/${ref.id}/publish`, { method: "POST" });
    expect(await json<Ref>(res)).toMatchObject({ version: 2, status: "published" });
    const again = await json<Published>(await t.app.request(`/api/publications/${ref.id}?version=1`));
    expect({ ...again, versions: v1.versions }).toEqual(v1);
    expect(again.weDid.actions.map((a) => a.title)).not.toContain("Night bus trial");
    const v2 = await json<Published>(await t.app.request("/api/publications/latest"));
    expect(v2).toMatchObject({ version: 2, versions: [1, 2] });
    expect(v2.weDid.actions.map((a) => a.title)).toContain("Night bus trial");
    expect((await t.app.request(`/you-said-we-did/${ref.id}/v/1`)).status).toBe(200);
    expect((await t.app.request(`/api/publications/${ref.id}?version=9`)).status).toBe(404);
  });

  it("updating after publishing starts a draft of the next version, which is not public until published", async () => {
    const res = await analyst.request(`/api/publications/${ref.id}/draft`, {
      method: "PUT",
      json: { title: "Autumn update" },
    });
    expect(await json<Ref>(res)).toEqual({ id: ref.id, version: 3, status: "draft" });
    expect((await json<Published>(await t.app.request("/api/publications/latest"))).version).toBe(2);
    expect((await t.app.request(`/you-said-we-did/${ref.id}/v/3`)).status).toBe(404);
  });

  it("declares the public endpoints in the OpenAPI document under Publications", async () => {
    const doc = await json<{
      paths: Record<string, Record<string, { tags?: string[]; security?: unknown }>>;
    }>(await t.app.request("/api/openapi.json"));
    expect(doc.paths["/api/publications/latest"]?.get?.tags).toEqual(["Publications"]);
    expect(doc.paths["/api/publications/{id}"]?.get?.security).toBeUndefined();
    expect(doc.paths["/api/publications/{id}/publish"]?.post?.security).toEqual([{ staffSession: [] }]);
  });
});
