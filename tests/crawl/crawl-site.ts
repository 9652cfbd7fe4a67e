/** One page the crawl fetched: where, what came back, and the body as text. */
export type Fetched = { path: string; status: number; type: string; body: string };

/** A request to the app under test (no cookies: what anyone on the internet sees). */
export type Get = (path: string) => Promise<Response>;

// Not public (sign-in pages redirect anyway), or not pages: the crawl stays on the public site.
const SKIP = [/^\/workspace/, /^\/assets\//, /^\/exit$/, /^\/api\/(?!publications)/];

const decodeAttr = (value: string) => value.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'");

/** Same-origin links in a page or feed, as paths with their query (fragments dropped). */
export function linksIn(body: string, base: string, origin: string): string[] {
  const links: string[] = [];
  for (const m of body.matchAll(/\shref="([^"]+)"/g)) {
    const url = new URL(decodeAttr(m[1] ?? ""), new URL(base, origin));
    if (url.origin !== origin) continue;
    links.push(`${url.pathname}${url.search}`);
  }
  return links;
}

/**
 * The choices of every GET form on a page (the harm and outcome filters), each as its own address,
 * so filtered views are crawled as a reader choosing them would reach them.
 */
export function formChoicesIn(body: string, base: string, origin: string): string[] {
  const out: string[] = [];
  for (const form of body.matchAll(/<form\b[^>]*method="get"[^>]*>([\s\S]*?)<\/form>/gi)) {
    const action = /action="([^"]*)"/.exec(form[0])?.[1] ?? base;
    const hidden = [...(form[1] ?? "").matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((input) => [
      /name="([^"]*)"/.exec(input[0])?.[1] ?? "",
      /value="([^"]*)"/.exec(input[0])?.[1] ?? "",
    ]);
    for (const select of (form[1] ?? "").matchAll(
      /<select\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g,
    )) {
      for (const option of (select[2] ?? "").matchAll(/<option\b[^>]*value="([^"]*)"/g)) {
        if (!option[1]) continue;
        const params = new URLSearchParams(hidden as [string, string][]);
        params.set(select[1] ?? "", decodeAttr(option[1]));
        const url = new URL(`${decodeAttr(action)}?${params}`, new URL(base, origin));
        out.push(`${url.pathname}${url.search}`);
      }
    }
  }
  return out;
}

/**
 * Fetches `start` and every same-origin page linked from what it fetches (redirects followed as
 * links), breadth first, each address once. `expand` may add addresses for a fetched page (say, its
 * filter choices); `limit` stops a runaway crawl (and fails the test, since the site is finite).
 */
export async function crawl(
  get: Get,
  start: readonly string[],
  options: { origin: string; limit: number; expand?: (page: Fetched) => string[] },
): Promise<Fetched[]> {
  const seen = new Set<string>(start);
  const queue = [...start];
  const fetched: Fetched[] = [];
  while (queue.length > 0) {
    if (fetched.length >= options.limit) throw new Error(`The crawl passed ${options.limit} pages`);
    const path = queue.shift() as string;
    const res = await get(path);
    const type = res.headers.get("content-type") ?? "";
    const location = res.headers.get("location");
    const body = /json|html|xml|text/.test(type) ? await res.text() : "";
    const page = { path, status: res.status, type, body };
    fetched.push(page);
    const next = [
      ...(location ? linksIn(` href="${location}"`, path, options.origin) : []),
      ...(/html|xml/.test(type) ? linksIn(body, path, options.origin) : []),
      ...(options.expand?.(page) ?? []),
    ];
    for (const link of next) {
      if (seen.has(link) || SKIP.some((re) => re.test(new URL(link, options.origin).pathname))) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return fetched;
}
