import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../support/staff";
import { createTestApp, type TestApp } from "../support/test-app";
import { INJECTIONS } from "./sql-injection-strings";
import { json, probe } from "./sql-injection-support";

// Issue 8, "Attack": SQL-injection strings as filters, ids in paths and sign-in details are plain
// values: they match nothing (never everything), answer 400 or 404 (never 5xx), sign nobody in,
// and leave the database whole. Stored text: sql-injection.test.ts.

let t: TestApp;
let analyst: SignedIn;
let admin: SignedIn;
let lead: SignedIn;
let db: ReturnType<typeof probe>;
const send: ReturnType<typeof probe>["send"] = (...args) => db.send(...args);
let rowsBefore: Record<string, number>;
const WRITTEN_BY_NOBODY = [
  "responses",
  "answers",
  "staff_users",
  "themes",
  "answer_codes",
  "safeguarding_items",
];

beforeAll(async () => {
  t = await createTestApp({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "0" });
  analyst = await signedIn(t, "analyst");
  admin = await signedIn(t, "admin");
  lead = await signedIn(t, "safeguarding");
  db = probe(t);
  rowsBefore = Object.fromEntries(WRITTEN_BY_NOBODY.map((table) => [table, db.count(table)]));
});
afterAll(async () => {
  await t?.close();
});

describe("SQL-injection strings as filters, ids and sign-in details", () => {
  it("as the audit log's actor filter: match nobody, not everybody", async () => {
    const mine = await json<{ events: unknown[] }>(
      await send(admin, `/api/audit?actor=${encodeURIComponent(analyst.email)}`),
    );
    expect(mine.events.length).toBeGreaterThan(0);
    for (const text of INJECTIONS) {
      const res = await send(admin, `/api/audit?actor=${encodeURIComponent(text)}`);
      expect(res.status, text).toBe(200);
      expect((await json<{ events: unknown[] }>(res)).events, text).toEqual([]);
      const csv = await send(admin, `/api/audit.csv?actor=${encodeURIComponent(text)}`);
      expect(csv.status).toBe(200);
      expect((await csv.text()).trim().split("\r\n")).toHaveLength(1);
    }
  });

  it("as response filters and page cursors: a 400 that names the field", async () => {
    for (const text of INJECTIONS) {
      for (const field of ["survey", "theme", "audience", "period", "from", "harm", "outcome", "after"]) {
        const value =
          field === "after" ? Buffer.from(`2026-01-01~${text}~one-thing`).toString("base64url") : text;
        const res = await send(analyst, `/api/responses?${field}=${encodeURIComponent(value)}`);
        expect(res.status, `${field}=${text}`).toBe(400);
        const body = await json<{ error: { issues?: { path: string }[] } }>(res);
        expect(
          body.error.issues?.map((i) => i.path),
          `${field}=${text}`,
        ).toContain(field);
      }
      const page = await send(analyst, `/workspace/responses?survey=${encodeURIComponent(text)}`);
      expect(page.status).toBe(400);
      const audit = await send(admin, `/api/audit?action=${encodeURIComponent(text)}`);
      expect(audit.status).toBe(400);
    }
  });

  it("as ids in paths: not found (or refused), never a 5xx", async () => {
    const paths: [SignedIn | undefined, string, Parameters<SignedIn["request"]>[1]?][] = [];
    for (const text of INJECTIONS) {
      const id = encodeURIComponent(text);
      paths.push(
        [analyst, `/api/themes/${id}`, { method: "PATCH", json: { label: "x" } }],
        [analyst, `/workspace/themes/${id}`],
        [analyst, `/api/themes/${id}/quotes`],
        [analyst, `/api/responses/${id}/answers/${id}/codes`, { json: { themeId: "trusted-adults" } }],
        [analyst, `/api/actions/${id}`, { method: "PATCH", json: { title: "x" } }],
        [analyst, `/workspace/actions/${id}`],
        [analyst, `/api/publications/${id}/versions`],
        [analyst, `/workspace/publications/${id}`],
        [lead, `/api/safeguarding/items/${id}`],
        [lead, `/workspace/safeguarding/items/${id}`],
        [lead, `/api/safeguarding/contact-requests/${id}`],
        [admin, `/workspace/users/${id}`],
        [admin, `/api/users/${id}`, { method: "PATCH", json: { disabled: true } }],
        [undefined, `/api/publications/${id}`],
        [undefined, `/api/surveys/${id}`],
        [undefined, `/api/receipts/${id}`],
        [undefined, `/s/${id}`],
        [undefined, `/you-said-we-did/${id}`],
      );
    }
    const wrong: string[] = [];
    for (const [officer, path, init] of paths) {
      const res = await send(officer, path, init);
      if (![400, 404].includes(res.status)) wrong.push(`${init?.method ?? "GET"} ${path} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("as a sign-in email: refused like any unknown account, no session", async () => {
    const attempts = [...INJECTIONS, `${analyst.email}' --`, `${analyst.email}'/*`, `' OR email LIKE '%`];
    for (const email of attempts) {
      const res = await t.app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", origin: SAME_ORIGIN },
        body: JSON.stringify({ email, password: "' OR '1'='1" }),
      });
      expect(res.status, email).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });
});

describe("afterwards", () => {
  it("answered nothing with a 5xx, changed no rows, and the database is whole", () => {
    db.expectWhole();
    expect(Object.fromEntries(WRITTEN_BY_NOBODY.map((table) => [table, db.count(table)]))).toEqual(
      rowsBefore,
    );
  });
});
