import type { TestApp } from "./test-app";

/**
 * A tiny browser without JavaScript for `app.request`: keeps cookies, posts forms, and does not
 * follow redirects so tests can see where each step leads.
 */
export function formClient(t: TestApp) {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (/max-age=0/i.test(cookie) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return {
    jar,
    async get(path: string) {
      return remember(await t.app.request(path, { headers: { cookie: cookie() } }));
    },
    async post(path: string, fields: Record<string, string | string[]> = {}) {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
      return remember(
        await t.app.request(path, {
          method: "POST",
          body,
          headers: {
            cookie: cookie(),
            "content-type": "application/x-www-form-urlencoded",
            // Browsers send Origin with every form post; the app refuses posts from other sites.
            origin: "http://localhost",
          },
        }),
      );
    },
  };
}
