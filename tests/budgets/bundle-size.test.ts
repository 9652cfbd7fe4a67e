import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../browser/support/server";

// DESIGN.md §5 budgets: JS to take a survey <= 15 KB gzip (GOV.UK Forms ships 11 KB), and the first
// survey page, all bytes, <= 40 KB gzip with no web fonts (low-end phones, pay-as-you-go data).
const KB = 1024;
const JS_BUDGET = 15 * KB;
const PAGE_BUDGET = 40 * KB;
const SURVEY = "feeling-safe";

type Asset = { url: string; kind: "html" | "css" | "js" | "other"; bytes: number; gzip: number };

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/** Size as served and gzipped (default level 6, what servers and CDNs typically use). */
function measure(url: string, kind: Asset["kind"], body: Buffer): Asset {
  return { url, kind, bytes: body.length, gzip: gzipSync(body).length };
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const [, name, ...values] = m;
    if (name) found[name.toLowerCase()] = values.find((v) => v !== undefined) ?? "";
  }
  return found;
}

/** What a page's HTML makes the browser download: scripts, stylesheets, module preloads, images, icons. */
function subresources(html: string, base: string): { url: string; kind: Asset["kind"] }[] {
  const found: { url: string; kind: Asset["kind"] }[] = [];
  for (const [tag, name] of html.matchAll(/<(script|link|img|source)\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(name?.length ? name.length + 1 : 0));
    const rel = (attrs.rel ?? "").toLowerCase();
    if (name?.toLowerCase() === "script" && attrs.src)
      found.push({ url: new URL(attrs.src, base).href, kind: "js" });
    else if (name?.toLowerCase() === "link" && attrs.href && rel === "stylesheet")
      found.push({ url: new URL(attrs.href, base).href, kind: "css" });
    else if (name?.toLowerCase() === "link" && attrs.href && rel === "modulepreload")
      found.push({ url: new URL(attrs.href, base).href, kind: "js" });
    else if (name?.toLowerCase() === "link" && attrs.href && /\bicon\b|preload/.test(rel))
      found.push({ url: new URL(attrs.href, base).href, kind: "other" });
    else if (attrs.src) found.push({ url: new URL(attrs.src, base).href, kind: "other" });
  }
  return found;
}

/** Files a script or stylesheet pulls in itself: static `import`s, and `url()`/`@import` in CSS. */
function dependencies(
  asset: { url: string; kind: Asset["kind"] },
  text: string,
): { url: string; kind: Asset["kind"] }[] {
  if (asset.kind === "js") {
    return [...text.matchAll(/\b(?:import|from)\s*["']([^"']+)["']/g)].flatMap(([, spec]) =>
      spec?.startsWith(".") || spec?.startsWith("/")
        ? [{ url: new URL(spec, asset.url).href, kind: "js" as const }]
        : [],
    );
  }
  if (asset.kind === "css") {
    return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].flatMap(
      ([, url, imported]) => {
        const ref = url ?? imported;
        if (!ref || ref.startsWith("data:")) return [];
        return [
          { url: new URL(ref, asset.url).href, kind: imported ? ("css" as const) : ("other" as const) },
        ];
      },
    );
  }
  return [];
}

/** The page at `path` and everything it loads, each measured once. */
async function weighPage(path: string, cookie: string): Promise<Asset[]> {
  const pageUrl = new URL(path, server.url).href;
  const res = await fetch(pageUrl, { headers: { cookie } });
  expect(res.status, `GET ${path}`).toBe(200);
  const html = Buffer.from(await res.arrayBuffer());
  const assets: Asset[] = [measure(pageUrl, "html", html)];
  const queue = subresources(html.toString("utf8"), pageUrl);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || seen.has(next.url)) continue;
    seen.add(next.url);
    expect(new URL(next.url).origin, `${next.url} is served by Heard itself`).toBe(server.origin);
    const body = await fetch(next.url);
    expect(body.status, `GET ${next.url}`).toBe(200);
    const bytes = Buffer.from(await body.arrayBuffer());
    assets.push(measure(next.url, next.kind, bytes));
    queue.push(...dependencies(next, bytes.toString("utf8")));
  }
  return assets;
}

/** Starts the survey as a browser would (POST, then follow the redirect with the draft cookie). */
async function startDraft(): Promise<{ cookie: string; firstQuestion: string }> {
  const res = await fetch(`${server.url}/s/${SURVEY}/start`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.url },
  });
  expect(res.status).toBe(303);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const location = res.headers.get("location") ?? "";
  expect(cookie).toMatch(/^heard_draft=/);
  expect(location).toMatch(new RegExp(`/s/${SURVEY}/q/`));
  return { cookie, firstQuestion: new URL(location, server.url).pathname };
}

function report(label: string, assets: readonly Asset[]) {
  const sum = (list: readonly Asset[], key: "bytes" | "gzip") => list.reduce((n, a) => n + a[key], 0);
  const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;
  const lines = assets.map(
    (a) =>
      `  ${a.kind.padEnd(5)} ${new URL(a.url).pathname.padEnd(36)} ${kb(a.bytes).padStart(10)} raw ${kb(a.gzip).padStart(10)} gzip`,
  );
  const js = assets.filter((a) => a.kind === "js");
  console.log(
    [
      `[budget] ${label}`,
      ...lines,
      `  JS total:   ${kb(sum(js, "gzip"))} gzip (budget ${kb(JS_BUDGET)})`,
      `  page total: ${kb(sum(assets, "gzip"))} gzip, ${kb(sum(assets, "bytes"))} raw (budget ${kb(PAGE_BUDGET)} gzip)`,
    ].join("\n"),
  );
  return { jsGzip: sum(js, "gzip"), pageGzip: sum(assets, "gzip") };
}

describe("page weight budgets (DESIGN.md §5)", () => {
  it(`a question page loads <= 15 KB of gzipped JS and <= 40 KB gzipped in all`, async () => {
    const { cookie, firstQuestion } = await startDraft();
    const assets = await weighPage(firstQuestion, cookie);
    expect(
      assets.some((a) => a.kind === "js"),
      "the question page loads the enhancement script",
    ).toBe(true);
    expect(
      assets.some((a) => a.kind === "css"),
      "the question page loads the stylesheet",
    ).toBe(true);
    const { jsGzip, pageGzip } = report(`question page ${firstQuestion}`, assets);
    expect(jsGzip).toBeLessThanOrEqual(JS_BUDGET);
    expect(pageGzip).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("the survey's start page (the first page a respondent sees) is <= 40 KB gzipped in all", async () => {
    const assets = await weighPage(`/s/${SURVEY}`, "");
    const { jsGzip, pageGzip } = report(`start page /s/${SURVEY}`, assets);
    expect(jsGzip).toBeLessThanOrEqual(JS_BUDGET);
    expect(pageGzip).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("no page asset is a web font", async () => {
    const { cookie, firstQuestion } = await startDraft();
    const assets = await weighPage(firstQuestion, cookie);
    expect(assets.map((a) => a.url).filter((url) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(url))).toEqual([]);
    const css = assets.filter((a) => a.kind === "css");
    for (const sheet of css) {
      const text = await (await fetch(sheet.url)).text();
      expect(text, `${sheet.url} declares no @font-face`).not.toMatch(/@font-face/i);
    }
  });
});
