import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../server/domain/auth/roles";
import { type SignedIn, signedIn } from "../support/staff";
import { createTestApp, type TestApp } from "../support/test-app";

// Who may use each part of the workspace. Written out by hand, not derived from the code, so a
// route that quietly grants the wrong roles fails here; a new officer route not listed fails too.
const EVERYONE: Role[] = ["admin", "analyst", "safeguarding", "viewer"];
const CODERS: Role[] = ["admin", "analyst"];
const READERS: Role[] = ["admin", "analyst", "viewer"];
// [path, roles that may write, roles that may read (GET) when different]
const MATRIX: [RegExp, Role[], Role[]?][] = [
  [/^\/workspace$|^\/api\/overview$/, EVERYONE],
  [/^\/(workspace|api)\/(responses|themes|codes)(\/|$)/, CODERS],
  [/^\/(workspace|api)\/safeguarding(\/|$)/, ["safeguarding"]],
  [/^\/(workspace|api)\/(audit|audit\.csv)(\/|$)/, ["admin"]],
  [/^\/(workspace|api)\/users(\/|$)/, ["admin"]],
  [/^\/(workspace|api\/workspace)\/surveys(\/|$)/, CODERS],
  [/^\/(workspace|api)\/(actions|quotes|publishing)(\/|$)/, CODERS],
  [/^\/api\/themes\/:id\/quotes$/, CODERS],
  // The board may read drafts and previews of publications before they go out; only officers edit.
  [/^\/workspace\/publications(\/|$)/, CODERS, READERS],
  [/^\/api\/publications$|^\/api\/publications\/:id\/(versions|draft|publish)$/, CODERS, READERS],
  [/^\/(workspace|api)\/reports(\/|$)/, READERS],
];

// Everything else under /api and /workspace that anyone may use: the survey API, sign-in itself,
// and what is published.
const PUBLIC =
  /^\/api\/(surveys|receipts|openapi\.json|auth)(\/|$)|^\/api\/publications\/(latest|:id)$|^\/workspace\/sign-(in|out)(\/|$)/;

type Route = { method: string; path: string };

function officerRoutes(t: TestApp): Route[] {
  const seen = new Map<string, Route>();
  for (const { method, path } of t.app.routes) {
    if (method === "ALL" || !/^\/(api|workspace)(\/|$)/.test(path) || PUBLIC.test(path)) continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

function allowedRoles(path: string, method = "GET"): Role[] | undefined {
  const entry = MATRIX.find(([pattern]) => pattern.test(path));
  if (!entry) return undefined;
  return method === "GET" ? (entry[2] ?? entry[1]) : entry[1];
}
const concrete = (path: string) => path.replace(/:(\w+)/g, "no-such-$1");

describe("the role matrix over every officer route", () => {
  let t: TestApp;
  const officers = new Map<Role, SignedIn>();

  beforeAll(async () => {
    t = await createTestApp({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "0" });
    for (const role of EVERYONE) officers.set(role, await signedIn(t, role));
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds the officer routes, and every one is in the matrix", () => {
    const routes = officerRoutes(t);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !allowedRoles(r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it("answers an anonymous request with 401 (API) or a way to sign in (pages)", async () => {
    const wrong: string[] = [];
    for (const { method, path } of officerRoutes(t)) {
      const res = await t.app.request(concrete(path), {
        method,
        headers: { origin: "http://localhost", "content-type": "application/json" },
        body: method === "GET" ? undefined : "{}",
      });
      const ok = path.startsWith("/api/")
        ? res.status === 401
        : res.status === 303 && (res.headers.get("location") ?? "").startsWith("/workspace/sign-in");
      if (!ok) wrong.push(`${method} ${path} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 403 to every signed-in role the matrix does not allow, and lets the others through", async () => {
    const wrong: string[] = [];
    for (const { method, path } of officerRoutes(t)) {
      const allowed = allowedRoles(path, method) ?? [];
      for (const role of EVERYONE) {
        const officer = officers.get(role);
        if (!officer) throw new Error(`no ${role}`);
        const res = await officer.request(concrete(path), {
          method,
          json: method === "GET" ? undefined : {},
        });
        const refused = res.status === 401 || res.status === 403;
        if (allowed.includes(role) ? refused : res.status !== 403) {
          wrong.push(`${method} ${path} as ${role} -> ${res.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses every officer write from another site with 403, even with a valid session", async () => {
    const admin = officers.get("admin");
    const wrong: string[] = [];
    for (const { method, path } of officerRoutes(t).filter((r) => r.method !== "GET")) {
      const res = await t.app.request(concrete(path), {
        method,
        headers: {
          cookie: admin?.cookie ?? "",
          origin: "https://evil.example",
          "content-type": "application/json",
        },
        body: "{}",
      });
      if (res.status !== 403) wrong.push(`${method} ${path} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("documents every officer API route in OpenAPI, marked as needing the session", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const missing: string[] = [];
    for (const { method, path } of officerRoutes(t).filter((r) => r.path.startsWith("/api/"))) {
      const openApiPath = path.replace(/:(\w+)/g, "{$1}");
      const operation = doc.paths[openApiPath]?.[method.toLowerCase()];
      if (!operation?.security?.length) missing.push(`${method} ${path}`);
    }
    expect(missing).toEqual([]);
  });
});
