import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { audit } from "../../../db/queries/audit-log";

type Listed = {
  events: { id: number; action: string; actorEmail: string | null }[];
  nextBefore: number | null;
};

/** Adds events straight to the log, each at a given moment. */
async function record(t: TestApp, events: { action: string; at: string; email?: string; target?: string }[]) {
  for (const e of events)
    await audit(
      t.sqlite.db,
      { actorEmail: e.email ?? null, action: e.action, target: e.target ?? null },
      new Date(e.at),
    );
}

describe("who may read the audit log", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers 401 when not signed in and 403 to every role but admin, the safeguarding lead included", async () => {
    for (const path of ["/api/audit", "/api/audit.csv"]) {
      expect((await t.app.request(path)).status).toBe(401);
    }
    for (const role of ["safeguarding", "analyst", "viewer"] as const) {
      const officer = await signedIn(t, role);
      for (const path of ["/api/audit", "/api/audit.csv", "/workspace/audit"]) {
        expect((await officer.request(path)).status, `${role} ${path}`).toBe(403);
      }
    }
    expect((await t.sqlite.db.query.auditLog.findMany()).map((r) => r.action)).not.toContain(
      "audit.exported",
    );
  });
});

describe("the audit log", () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeEach(async () => {
    t = await createTestApp();
    admin = await signedIn(t, "admin");
    await record(t, [
      {
        action: "safeguarding.item.viewed",
        at: "2026-03-02T09:00:00Z",
        email: "lead@example.org",
        target: "i1",
      },
      { action: "user.created", at: "2026-03-03T10:00:00Z", email: "boss@example.org", target: "u1" },
      {
        action: "safeguarding.item.viewed",
        at: "2026-03-04T11:00:00Z",
        email: "lead@example.org",
        target: "i2",
      },
    ]);
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists events newest first, filtered by action, officer and dates", async () => {
    const all = (await (await admin.request("/api/audit")).json()) as Listed;
    const ids = all.events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const viewed = (await (
      await admin.request("/api/audit?action=safeguarding.item.viewed&actor=Lead@Example.org")
    ).json()) as Listed;
    expect(viewed.events.map((e) => e.action)).toEqual([
      "safeguarding.item.viewed",
      "safeguarding.item.viewed",
    ]);
    const dated = (await (await admin.request("/api/audit?from=2026-03-03&to=2026-03-03")).json()) as Listed;
    expect(dated.events.map((e) => e.action)).toEqual(["user.created"]);
  });

  it("pages back by id", async () => {
    const first = (await (await admin.request("/api/audit?limit=2")).json()) as Listed;
    expect(first.events).toHaveLength(2);
    expect(first.nextBefore).toBe(first.events[1]?.id);
    const next = (await (
      await admin.request(`/api/audit?limit=2&before=${first.nextBefore}`)
    ).json()) as Listed;
    expect(next.events[0]?.id).toBeLessThan(first.events[1]?.id ?? 0);
  });

  it("refuses a date that does not exist or an end before the start", async () => {
    expect((await admin.request("/api/audit?from=2026-02-31")).status).toBe(400);
    expect((await admin.request("/api/audit?from=2026-03-04&to=2026-03-01")).status).toBe(400);
  });

  it("exports the filtered rows as CSV a spreadsheet opens safely, and records the export", async () => {
    await record(t, [{ action: "user.created", at: "2026-03-05T10:00:00Z", email: "=cmd|' /C calc'!A0" }]);
    const res = await admin.request("/api/audit.csv?action=user.created");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="heard-audit-log-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes), { bom: true });
    expect(rows[0]).toEqual(["id", "at", "actor_id", "actor_email", "action", "target", "detail"]);
    // Newest first; adding the admin (as the command line does) recorded the oldest "user.created".
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      "'=cmd|' /C calc'!A0",
      "boss@example.org",
      "command line",
    ]);
    expect(rows.slice(1).every((r) => r[4] === "user.created")).toBe(true);
    const exported = (await t.sqlite.db.query.auditLog.findMany()).filter(
      (r) => r.action === "audit.exported",
    );
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ actorEmail: admin.email, detail: { rows: 3 } });
  });

  it("shows the page with filters, the rows, and a link to export the same rows", async () => {
    const res = await admin.request("/workspace/audit?action=user.created");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Audit log");
    expect(html).toContain('<option value="safeguarding.note-added">');
    expect(html).toContain("boss@example.org");
    expect(html).not.toContain("lead@example.org");
    expect(html).toContain('href="/api/audit.csv?action=user.created"');
  });

  it("explains a filter it cannot use on the page", async () => {
    const res = await admin.request("/workspace/audit?from=31%2F03%2F2026");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain('href="#from"');
  });
});

describe("the audit API in the OpenAPI document", () => {
  it("lists the log and its CSV export", async () => {
    const t = await createTestApp();
    try {
      const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
        paths: Record<string, { get?: { responses: Record<string, { content?: object }> } }>;
      };
      expect(doc.paths["/api/audit"]?.get).toBeDefined();
      expect(Object.keys(doc.paths["/api/audit.csv"]?.get?.responses["200"]?.content ?? {})).toEqual([
        "text/csv",
      ]);
    } finally {
      await t.close();
    }
  });
});

describe("the audit log is append-only", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
    await audit(t.sqlite.db, { action: "sign-in", actorEmail: "someone@example.org" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("refuses to change a row", async () => {
    await expect(t.sqlite.db.run(sql`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow();
    expect((await t.sqlite.db.query.auditLog.findFirst())?.action).toBe("sign-in");
  });

  it("refuses to delete a row", async () => {
    await expect(t.sqlite.db.run(sql`DELETE FROM audit_log`)).rejects.toThrow();
    expect(await t.sqlite.db.query.auditLog.findMany()).toHaveLength(1);
  });
});
