import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app";
import { parseAppConfig } from "../../server/config/app-config";
import { previousQuarter, quarterOf } from "../../server/domain/periods/period";
import { zipEntries } from "../../server/routes/workspace/report/zip-entries";
import { type DemoSeedSummary, seedDemo } from "../../server/services/demo-seed";
import { newDemoPassword } from "../../server/services/demo-seed-staff";
import { type SignedIn, signedIn } from "../support/staff";
import { createTestApp, TEST_KEY, type TestApp } from "../support/test-app";
import { countSentences, pageLocale } from "./count-sentences";
import { crawl, type Fetched, formChoicesIn } from "./crawl-site";
import {
  countsInCsv,
  countsInDocx,
  countsInHtml,
  countsInJson,
  type Seen,
  smallCounts,
} from "./published-numbers";

const K = 10;
/** The app's settings (the defaults: k = 10), used by the seed too, so the publication is built at the app's k. */
const SETTINGS: Record<string, string> = {};
const ORIGIN = "http://localhost";
const today = new Date().toISOString().slice(0, 10);

let t: TestApp;
let demo: DemoSeedSummary;
let viewer: SignedIn;
let admin: SignedIn;
let analyst: SignedIn;

/** The quarters of the demo year, oldest first: every period an officer might ask the board report for. */
function demoQuarters(): string[] {
  const ids: string[] = [];
  for (let q = quarterOf(today); q.to >= demo.window.from; q = previousQuarter(q)) ids.unshift(q.id);
  return ids;
}

/**
 * What a publication page or JSON leads to that no link names: its JSON (/api/publications/:id and
 * ?version=n) and, from the JSON, the page at the publication's own address (/you-said-we-did/:id).
 */
function publicationAddresses(page: Fetched): string[] {
  if (page.type.includes("json")) {
    const id = (JSON.parse(page.body) as { id?: unknown }).id;
    return typeof id === "string" ? [`/you-said-we-did/${id}`, `/api/publications/${id}`] : [];
  }
  const m = /^\/you-said-we-did\/([a-z0-9-]+)(?:\/v\/(\d+))?(?:\?|$)/.exec(page.path);
  if (!m) return [];
  return [`/api/publications/${m[1]}`, ...(m[2] ? [`/api/publications/${m[1]}?version=${m[2]}`] : [])];
}

/** Every count each fetched public page or JSON publishes. */
function countsInPages(pages: readonly Fetched[]): Seen[] {
  return pages.flatMap((page) => {
    if (page.type.includes("json")) return countsInJson(JSON.parse(page.body), page.path);
    if (/html|xml/.test(page.type))
      return countsInHtml(page.body, page.path, countSentences(pageLocale(page.body)));
    return [];
  });
}

/** Crawls the public site from the home page and the "you said, we did" pages, filters and all. */
async function crawlPublic(app: TestApp["app"]): Promise<Fetched[]> {
  return crawl(async (path) => app.request(path), ["/", "/you-said-we-did", "/api/publications/latest"], {
    origin: ORIGIN,
    limit: 4000,
    // Filters are crawled from the pages in the default language (the form drops `lang`, as a reader's would).
    expand: (page) =>
      page.path.startsWith("/you-said-we-did") && !page.path.includes("lang=")
        ? [...formChoicesIn(page.body, page.path, ORIGIN), ...publicationAddresses(page)]
        : publicationAddresses(page),
  });
}

/** Every export an officer can download, as the role that may: board report (JSON, CSV, DOCX, page), overview, audit log. */
async function officerExports(as: { viewer: SignedIn; admin: SignedIn }): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const period of demoQuarters()) {
    for (const lang of ["en", "bn", "pl"]) {
      const base = `/api/reports/board?period=${period}&lang=${lang}`;
      const json = await as.viewer.request(`${base}&format=json`);
      expect(json.status).toBe(200);
      seen.push(...countsInJson(await json.json(), `${base}&format=json`));
      const csv = await as.viewer.request(`${base}&format=csv`);
      const records: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
      seen.push(...countsInCsv(records, ["this_period", "previous_period"], `${base}&format=csv`));
      const docx = new Uint8Array(await (await as.viewer.request(`${base}&format=docx`)).arrayBuffer());
      const xml = new TextDecoder().decode(zipEntries(docx).get("word/document.xml"));
      seen.push(...countsInDocx(xml, `${base}&format=docx`, countSentences(lang)));
      const page = await as.viewer.request(`/workspace/reports/board?period=${period}&lang=${lang}`);
      seen.push(...countsInHtml(await page.text(), `report page ${period} ${lang}`, countSentences(lang)));
    }
    const overview = await as.viewer.request(`/api/overview?period=${period}`);
    expect(overview.status).toBe(200);
    seen.push(...countsInJson(await overview.json(), `/api/overview?period=${period} as viewer`));
  }
  const audit = await as.admin.request("/api/audit.csv");
  expect(audit.status).toBe(200);
  const events: Record<string, string>[] = parse(await audit.text(), { bom: true, columns: true });
  expect(events.length).toBeGreaterThan(100);
  for (const event of events) {
    // Counts of people an event may carry (a paper import's forms, say); `k` and an export's row count are not.
    const detail = event.detail ? (JSON.parse(event.detail) as Record<string, unknown>) : {};
    for (const key of ["imported", "rejected", "flagged", "count", "responses", "answers"]) {
      if (typeof detail[key] === "number")
        seen.push({ value: detail[key], where: "audit.csv", context: `${event.action} ${key}` });
    }
  }
  return seen;
}

beforeAll(async () => {
  t = await createTestApp(SETTINGS);
  const config = parseAppConfig({ HEARD_SAFEGUARDING_KEY: TEST_KEY, ...SETTINGS });
  demo = await seedDemo(t.sqlite.db, config, { lastDay: today, password: newDemoPassword() });
  [viewer, admin, analyst] = [
    await signedIn(t, "viewer"),
    await signedIn(t, "admin"),
    await signedIn(t, "analyst"),
  ];
});
afterAll(async () => {
  await t?.close();
});

describe(`no count from 1 to ${K - 1} leaves Heard, on demo data with deliberately small groups`, () => {
  let pages: Fetched[];

  it("crawls every public page, in every language and version, with every filter", async () => {
    pages = await crawlPublic(t.app);
    const paths = pages.map((p) => p.path);
    expect(pages.filter((p) => p.status >= 400).map((p) => `${p.status} ${p.path}`)).toEqual([]);
    const target = demo.publication.id;
    for (const expected of [
      "/you-said-we-did/feed.xml",
      `/you-said-we-did/${target}`,
      `/you-said-we-did/${target}?for=child&harm=cse`,
      `/you-said-we-did/${target}/v/1`,
      `/api/publications/${target}?version=1`,
      "/you-said-we-did?for=child",
      "/you-said-we-did?harm=cce",
      "/you-said-we-did?outcome=prevent.early",
    ]) {
      expect(paths).toContain(expected);
    }
    for (const lang of ["pl", "lt", "lv", "ro", "bn"])
      expect(paths).toContain(`/you-said-we-did?lang=${lang}`);
  });

  it("publishes real counts on those pages, and none of them is small", () => {
    const seen = countsInPages(pages);
    // The extraction sees counts (in tables, charts and children's sentences), so a pass means something.
    expect(seen.length).toBeGreaterThan(500);
    expect(seen.some((s) => s.context.startsWith("sentence"))).toBe(true);
    expect(seen.some((s) => s.context === "chart value")).toBe(true);
    expect(seen.some((s) => s.where.startsWith("/api/publications/"))).toBe(true);
    expect(smallCounts(seen, K)).toEqual([]);
    // ...and the small groups are there, hidden: the young adults' 6 responses show as "<10".
    const latest = pages.find((p) => p.path === "/api/publications/latest");
    expect(latest?.body).toContain(`"display":"<${K}"`);
  });

  it("publishes no small count in any export an officer can download", async () => {
    const seen = await officerExports({ viewer, admin });
    expect(seen.length).toBeGreaterThan(200);
    expect(smallCounts(seen, K)).toEqual([]);
  });

  // The control: the same crawl and extraction over the same data with suppression at its lowest (5)
  // must find small counts. If it did not, the checks above could pass without looking.
  it("does find small counts when suppression is lowered, so the checks above can fail", async () => {
    const lowered = createApp({
      database: () => t.sqlite.db,
      config: { HEARD_SAFEGUARDING_KEY: TEST_KEY, HEARD_SUPPRESSION_K: "5" },
      log: () => {},
    });
    const as = (who: SignedIn): SignedIn => ({
      ...who,
      request: async (path, init) =>
        lowered.request(path, {
          method: init?.method ?? "GET",
          headers: { cookie: who.cookie, origin: ORIGIN },
        }),
    });
    const publish = await as(analyst).request(`/api/publications/${demo.publication.id}/publish`, {
      method: "POST",
    });
    expect(publish.status).toBe(200);
    const seen = [
      ...countsInPages(await crawlPublic(lowered)),
      ...(await officerExports({ viewer: as(viewer), admin })),
    ];
    const small = smallCounts(seen, K);
    expect(small.some((s) => s.where.startsWith("/api/publications/") && s.value === 6)).toBe(true);
    expect(
      small.some((s) => s.where.startsWith("/you-said-we-did") && s.context.startsWith("sentence")),
    ).toBe(true);
    expect(small.some((s) => s.where.includes("format=docx"))).toBe(true);
    expect(small.some((s) => s.where.includes("format=csv"))).toBe(true);
  });
});
