import { gzipSync } from "node:zlib";

/** Budgets from the journey issue (tests/budgets/bundle-size.test.ts checks the same figures). */
export const JS_BUDGET_BYTES = 15 * 1024;
export const PAGE_BUDGET_BYTES = 40 * 1024;

/** Gzipped bytes (level 6, as servers and CDNs send) of a question page and everything it loads. */
export type PageWeight = { path: string; jsGzip: number; pageGzip: number; files: number };

type Kind = "html" | "css" | "js" | "other";

// What the HTML makes a browser download: scripts, stylesheets, module preloads, icons, images.
function subresources(html: string, base: string): { url: string; kind: Kind }[] {
  const found: { url: string; kind: Kind }[] = [];
  for (const [tag = "", name = ""] of html.matchAll(/<(script|link|img|source)\b[^>]*>/gi)) {
    const attr = (key: string) => new RegExp(`\\s${key}=["']?([^"'\\s>]+)`, "i").exec(tag)?.[1];
    const rel = (attr("rel") ?? "").toLowerCase();
    const src = attr("src");
    const href = attr("href");
    if (name.toLowerCase() === "script" && src) found.push({ url: new URL(src, base).href, kind: "js" });
    else if (href && rel === "stylesheet") found.push({ url: new URL(href, base).href, kind: "css" });
    else if (href && rel === "modulepreload") found.push({ url: new URL(href, base).href, kind: "js" });
    else if (href && /\bicon\b|preload/.test(rel))
      found.push({ url: new URL(href, base).href, kind: "other" });
    else if (src) found.push({ url: new URL(src, base).href, kind: "other" });
  }
  return found;
}

// Files a script or stylesheet pulls in itself: relative static imports, url() and @import.
function dependencies(url: string, kind: Kind, text: string): { url: string; kind: Kind }[] {
  const at = (ref: string, next: Kind) => ({ url: new URL(ref, url).href, kind: next });
  if (kind === "js") {
    return [...text.matchAll(/\b(?:import|from)\s*["'](\.{0,2}\/[^"']+)["']/g)].map(([, ref = ""]) =>
      at(ref, "js"),
    );
  }
  if (kind !== "css") return [];
  return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)]
    .filter(([, ref]) => !ref?.startsWith("data:"))
    .map(([, ref, imported]) => at(ref ?? imported ?? "", imported ? "css" : "other"));
}

/** Starts the survey as a browser would, then weighs its first question page. */
export async function weighQuestionPage(origin: string, survey: string): Promise<PageWeight> {
  const start = await fetch(`${origin}/s/${survey}/start`, {
    method: "POST",
    redirect: "manual",
    headers: { origin },
  });
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const location = start.headers.get("location");
  if (start.status !== 303 || !location) throw new Error(`starting ${survey} answered ${start.status}`);
  const page = new URL(location, origin).href;
  const html = Buffer.from(await (await fetch(page, { headers: { cookie } })).arrayBuffer());
  let jsGzip = 0;
  let pageGzip = gzipSync(html).length;
  const queue = subresources(html.toString("utf8"), page);
  const seen = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.url)) continue;
    seen.add(next.url);
    const body = Buffer.from(await (await fetch(next.url)).arrayBuffer());
    const gzip = gzipSync(body).length;
    pageGzip += gzip;
    if (next.kind === "js") jsGzip += gzip;
    queue.push(...dependencies(next.url, next.kind, body.toString("utf8")));
  }
  return { path: new URL(page).pathname, jsGzip, pageGzip, files: seen.size + 1 };
}
