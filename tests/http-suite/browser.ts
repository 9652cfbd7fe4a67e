import type { Target } from "./target";

type Fields = Record<string, string | string[]>;
type Send = { method?: string; json?: unknown; form?: Fields; headers?: Record<string, string> };

/** A browser without JavaScript, or a script: keeps cookies, never follows redirects. */
export type Browser = {
  /** Cookies held, by name. */
  jar: Map<string, string>;
  /** The Cookie header this browser would send. */
  cookie(): string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** A form post (urlencoded), as a browser sends it from this site: with Origin. */
  post(path: string, fields?: Fields, headers?: Record<string, string>): Promise<Response>;
  /** Any request; `json` or `form` become the body. Writes carry this site's Origin unless overridden. */
  send(path: string, init?: Send): Promise<Response>;
};

function bodyOf(init: Send): { body?: BodyInit; type?: string } {
  if (init.json !== undefined) return { body: JSON.stringify(init.json), type: "application/json" };
  if (!init.form) return {};
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(init.form)) for (const v of [value].flat()) params.append(key, v);
  return { body: params, type: "application/x-www-form-urlencoded" };
}

/** A fresh browser for `target`, with an empty cookie jar. */
export function browser(target: Target): Browser {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (/max-age=0/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const send = async (path: string, init: Send = {}) => {
    const { body, type } = bodyOf(init);
    const method = init.method ?? (body === undefined ? "GET" : "POST");
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = cookie();
    if (type) headers["content-type"] = type;
    // Browsers send Origin on every write; the app refuses writes from any other site.
    if (method !== "GET" && method !== "HEAD") headers.origin = target.url;
    Object.assign(headers, init.headers);
    return remember(await fetch(`${target.url}${path}`, { method, headers, body, redirect: "manual" }));
  };
  return {
    jar,
    cookie,
    send,
    get: (path, headers) => send(path, { headers }),
    post: (path, fields = {}, headers) => send(path, { form: fields, headers }),
  };
}

/** The receipt code on a confirmation page. */
export function receiptIn(html: string): string | undefined {
  return html.match(/data-receipt[^>]*>\s*([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})\s*</)?.[1];
}
