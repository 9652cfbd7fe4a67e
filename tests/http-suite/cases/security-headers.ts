import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../../browser/support/server";
import { type Browser, browser } from "../browser";
import { officer } from "../officers";
import type { TargetRef } from "../target";

type Kind = { kind: string; status: number; send(b: Browser, analyst: Browser): Promise<Response> };

/** One of each kind of response the app gives: pages, JSON, redirects, errors, a feed, officer answers. */
const KINDS: Kind[] = [
  { kind: "HTML page", status: 200, send: (b) => b.get("/") },
  { kind: "HTML 404 page", status: 404, send: (b) => b.get("/no-such-page") },
  { kind: "JSON", status: 200, send: (b) => b.get("/api/surveys") },
  { kind: "JSON 404", status: 404, send: (b) => b.get("/api/no-such-thing") },
  {
    kind: "JSON 400",
    status: 400,
    send: (b) => b.send("/api/surveys/quick-feedback/responses", { json: {} }),
  },
  { kind: "redirect", status: 303, send: (b) => b.get("/exit") },
  { kind: "form post redirect", status: 303, send: (b) => b.post("/s/quick-feedback/start") },
  { kind: "Atom feed", status: 200, send: (b) => b.get("/you-said-we-did/feed.xml") },
  { kind: "OpenAPI document", status: 200, send: (b) => b.get("/api/openapi.json") },
  { kind: "sign-in page", status: 200, send: (b) => b.get("/workspace/sign-in") },
  { kind: "officer 401", status: 401, send: (b) => b.get("/api/themes") },
  { kind: "officer page", status: 200, send: (_, a) => a.get("/workspace") },
  { kind: "officer JSON", status: 200, send: (_, a) => a.get("/api/themes") },
  {
    kind: "cross-origin 403",
    status: 403,
    send: (_, a) =>
      a.send("/api/themes", { json: { label: "x" }, headers: { origin: "https://evil.example" } }),
  },
];

const OFFICER = new Set(["sign-in page", "officer 401", "officer page", "officer JSON", "cross-origin 403"]);

/** The browser protections every answer carries, on both runtimes. */
export function securityHeaders(target: TargetRef) {
  it.each(KINDS)(
    "sets CSP with a nonce, frame-ancestors, no-referrer and permissions-policy on: $kind",
    async (k) => {
      const analyst = await officer(target(), "analyst");
      const res = await k.send(browser(target()), analyst);
      expect(res.status).toBe(k.status);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'/);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("permissions-policy")).toMatch(/geolocation=\(\).*camera=\(\).*microphone=\(\)/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      if (OFFICER.has(k.kind)) expect(res.headers.get("cache-control")).toBe("no-store");
      await res.body?.cancel();
    },
  );

  it("gives every response its own nonce, and pages load scripts only from this site", async () => {
    const b = browser(target());
    const nonces = await Promise.all(
      [1, 2].map(async () => {
        const res = await b.get("/");
        const html = await res.text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
        expect(scripts.length).toBeGreaterThan(0);
        // No inline script: each one names a same-site file, which script-src 'self' allows.
        for (const attrs of scripts) expect(attrs).toMatch(/src="\/assets\/[\w.-]+\.js"/);
        return res.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
      }),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  // Files in dist/public are answered before the app runs (serveStatic on Node, Workers assets on
  // workerd), so their headers come from server/node.ts and dist/public/_headers respectively.
  it("serves the built stylesheets and scripts with their types, nosniff and no referrer", async () => {
    const b = browser(target());
    for (const [path, type] of [
      ["/assets/heard.css", /^text\/css/],
      ["/assets/heard.js", /^(text|application)\/javascript/],
      ["/assets/workspace.js", /^(text|application)\/javascript/],
    ] as const) {
      const res = await b.get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get("content-type")).toMatch(type);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(await res.text()).toBe(await readFile(join(repoRoot, "dist/public", path), "utf8"));
    }
  });

  it("never lets an officer's answer be cached", async () => {
    const analyst = await officer(target(), "analyst");
    for (const path of [
      "/api/auth/me",
      "/api/responses",
      "/api/overview",
      "/workspace/themes",
      "/workspace/responses",
    ]) {
      const res = await analyst.get(path);
      expect([path, res.status, res.headers.get("cache-control")]).toEqual([path, 200, "no-store"]);
      await res.body?.cancel();
    }
  });
}
