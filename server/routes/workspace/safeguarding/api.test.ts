import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { today } from "../../../db/queries/responses";
import { auditRows, DISCLOSURE, insertContact, insertItem, raiseItem } from "./queue-test-fixtures";

type Listed = { items: { id: string; status: string; overdue: boolean; raisedOn: string }[]; total: number };

const ENDPOINTS = (id: string) =>
  [
    ["GET", "/api/safeguarding/items", undefined],
    ["GET", `/api/safeguarding/items/${id}`, undefined],
    ["POST", `/api/safeguarding/items/${id}/status`, { status: "in-review" }],
    ["POST", `/api/safeguarding/items/${id}/notes`, { note: "called the school" }],
    ["GET", "/api/safeguarding/contact-requests", undefined],
    ["GET", `/api/safeguarding/contact-requests/${id}`, undefined],
    ["POST", `/api/safeguarding/contact-requests/${id}/status`, { status: "actioned" }],
    ["POST", `/api/safeguarding/contact-requests/${id}/notes`, { note: "rang back" }],
  ] as const;

describe("who may use the safeguarding API", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers 401 to anyone not signed in, and reveals nothing", async () => {
    const { id } = await raiseItem(t);
    for (const [method, path, json] of ENDPOINTS(id)) {
      const res = await t.app.request(path, {
        method,
        headers: { "content-type": "application/json", origin: "http://localhost" },
        body: json ? JSON.stringify(json) : undefined,
      });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.text()).not.toContain("step dad");
    }
  });

  it("answers 403 to admins, analysts and board members: only the safeguarding lead sees disclosures", async () => {
    const { id } = await raiseItem(t);
    for (const role of ["admin", "analyst", "viewer"] as const) {
      const officer = await signedIn(t, role);
      for (const [method, path, json] of ENDPOINTS(id)) {
        const res = await officer.request(path, { method, json });
        expect(res.status, `${role} ${method} ${path}`).toBe(403);
      }
    }
    expect(await auditRows(t, "safeguarding.item.viewed")).toEqual([]);
    expect((await t.sqlite.db.query.safeguardingItems.findMany())[0]?.status).toBe("new");
  });
});

describe("the safeguarding API in the OpenAPI document", () => {
  it("lists every queue endpoint", async () => {
    const t = await createTestApp();
    try {
      const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const listed = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith("/api/safeguarding/"))
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
        .sort();
      const expected = ENDPOINTS("{id}").map(([m, p]) => `${m} ${p}`);
      expect(listed).toEqual([...expected].sort());
    } finally {
      await t.close();
    }
  });
});

describe("the safeguarding queue", () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeEach(async () => {
    t = await createTestApp();
    lead = await signedIn(t, "safeguarding");
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists open items oldest first with survey, question and categories, never the original text", async () => {
    const recent = await raiseItem(t);
    const old = await insertItem(t, { text: "they make me carry a knife for them", raisedOn: "2020-01-06" });
    await insertItem(t, { text: "closed one", raisedOn: "2020-01-01", status: "actioned" });
    const res = await lead.request("/api/safeguarding/items");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("step dad");
    expect(text).not.toContain("knife");
    const body = JSON.parse(text) as Listed & { items: Record<string, unknown>[] };
    expect(body.items.map((i) => i.id)).toEqual([old, recent.id]);
    expect(body.total).toBe(2);
    expect(body.items[1]).toMatchObject({
      surveyId: "quick-feedback",
      surveyTitle: "Quick feedback",
      questionTitle: "What is one thing we should change or keep?",
      status: "new",
      raisedOn: today(),
    });
    expect(body.items[1]?.categories).toContain("physical-abuse");
  });

  it("marks an item overdue once a working day has passed, and never one raised today", async () => {
    await raiseItem(t);
    await insertItem(t, { text: "old", raisedOn: "2020-01-03" }); // a Friday
    const body = (await (await lead.request("/api/safeguarding/items")).json()) as Listed & {
      items: { dueOn: string }[];
    };
    expect(body.items.map((i) => i.overdue)).toEqual([true, false]);
    expect(body.items[0]?.dueOn).toBe("2020-01-06"); // the Monday after
  });

  it("filters by status, and refuses a status it does not know", async () => {
    const closed = await insertItem(t, { text: "x", raisedOn: "2020-01-01", status: "no-further-action" });
    await raiseItem(t);
    const body = (await (
      await lead.request("/api/safeguarding/items?status=no-further-action")
    ).json()) as Listed;
    expect(body.items.map((i) => i.id)).toEqual([closed]);
    expect(body.items[0]?.overdue).toBe(false);
    const all = (await (await lead.request("/api/safeguarding/items?status=all")).json()) as Listed;
    expect(all.total).toBe(2);
    expect((await lead.request("/api/safeguarding/items?status=lost")).status).toBe(400);
  });

  it("decrypts the original text only when an item is opened, after writing exactly one audit row", async () => {
    const { id } = await raiseItem(t);
    expect(await auditRows(t, "safeguarding.item.viewed")).toEqual([]);
    const res = await lead.request(`/api/safeguarding/items/${id}`);
    expect(res.status).toBe(200);
    const { item } = (await res.json()) as { item: Record<string, unknown> };
    expect(item.text).toBe(DISCLOSURE);
    expect(item.redactedAnswer).toBe(DISCLOSURE); // nothing personal in it to redact
    expect(item.audience).toBe("community");
    const rows = await auditRows(t, "safeguarding.item.viewed");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target: id, actorEmail: lead.email });
    expect(JSON.stringify(rows)).not.toContain("step dad");
  });

  it("answers 404 for an item that does not exist, and audits nothing", async () => {
    const res = await lead.request(`/api/safeguarding/items/${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect(await auditRows(t, "safeguarding.item.viewed")).toEqual([]);
  });

  it("dates a decision, clears the date on reopening, and audits each change", async () => {
    const { id } = await raiseItem(t);
    const post = (status: string) =>
      lead.request(`/api/safeguarding/items/${id}/status`, { json: { status } });
    const actioned = (await (await post("actioned")).json()) as { item: { closedOn: string | null } };
    expect(actioned.item.closedOn).toBe(today());
    const stored = await t.sqlite.db.query.safeguardingItems.findFirst();
    expect(stored).toMatchObject({ status: "actioned", closedOn: today() });
    const reopened = (await (await post("in-review")).json()) as { item: { closedOn: string | null } };
    expect(reopened.item.closedOn).toBeNull();
    expect((await t.sqlite.db.query.safeguardingItems.findFirst())?.closedOn).toBeNull();
    const rows = await auditRows(t, "safeguarding.status-changed");
    expect(rows.map((r) => r.detail)).toEqual([
      { kind: "item", from: "new", to: "actioned" },
      { kind: "item", from: "actioned", to: "in-review" },
    ]);
    expect((await post("closed")).status).toBe(400);
  });

  it("seals notes in the database, shows them only on the opened item, and never audits their words", async () => {
    const { id } = await raiseItem(t);
    const note = "Spoke to DSL at school; police informed (ref 4471)";
    const res = await lead.request(`/api/safeguarding/items/${id}/notes`, { json: { note } });
    expect(res.status).toBe(201);
    const [stored] = await t.sqlite.db.query.safeguardingNotes.findMany();
    expect(stored).toMatchObject({ itemKind: "item", itemId: id });
    expect(stored?.sealedNote).not.toContain("police");
    const audit = await auditRows(t, "safeguarding.note-added");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("police");
    expect(await (await lead.request("/api/safeguarding/items")).text()).not.toContain("police");
    const { item } = (await (await lead.request(`/api/safeguarding/items/${id}`)).json()) as {
      item: { notes: { note: string; author: string }[] };
    };
    expect(item.notes).toEqual([expect.objectContaining({ note, author: lead.email })]);
  });

  it("refuses an empty note and one over 4000 characters", async () => {
    const { id } = await raiseItem(t);
    for (const note of ["   ", "x".repeat(4001)]) {
      const res = await lead.request(`/api/safeguarding/items/${id}/notes`, { json: { note } });
      expect(res.status).toBe(400);
    }
    expect(await t.sqlite.db.query.safeguardingNotes.findMany()).toEqual([]);
  });
});

describe("requests to talk to someone", () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeEach(async () => {
    t = await createTestApp();
    lead = await signedIn(t, "safeguarding");
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists waiting requests oldest first without their details, overdue after a working day", async () => {
    const fresh = await insertContact(t, { how: "07700 900111" }, today());
    const old = await insertContact(t, { how: "07700 900222" }, "2020-01-06");
    const res = await lead.request("/api/safeguarding/contact-requests");
    const text = await res.text();
    expect(text).not.toContain("07700");
    const body = JSON.parse(text) as { requests: { id: string; overdue: boolean; linked: boolean }[] };
    expect(body.requests.map((r) => [r.id, r.overdue, r.linked])).toEqual([
      [old, true, false],
      [fresh, false, false],
    ]);
  });

  it("opens a request (audited first) with how to reach them and the items from a linked response", async () => {
    const item = await raiseItem(t);
    const id = await insertContact(
      t,
      { how: "text 07700 900333", when: "after 4" },
      today(),
      item.responseId,
    );
    const res = await lead.request(`/api/safeguarding/contact-requests/${id}`);
    const { request } = (await res.json()) as { request: Record<string, unknown> };
    expect(request.details).toEqual({ how: "text 07700 900333", when: "after 4", message: "" });
    expect(request.linkedResponseId).toBe(item.responseId);
    expect((request.linkedItems as { id: string }[]).map((i) => i.id)).toEqual([item.id]);
    const rows = await auditRows(t, "safeguarding.contact.viewed");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.target).toBe(id);
  });

  it("dates the action, can set it back to new, and audits both", async () => {
    const id = await insertContact(t, { how: "email" }, "2020-01-06");
    const post = (status: string) =>
      lead.request(`/api/safeguarding/contact-requests/${id}/status`, { json: { status } });
    const done = (await (await post("actioned")).json()) as {
      request: { actionedOn: string; overdue: boolean };
    };
    expect(done.request).toMatchObject({ actionedOn: today(), overdue: false });
    await post("new");
    expect((await t.sqlite.db.query.contactRequests.findFirst())?.actionedOn).toBeNull();
    expect((await auditRows(t, "safeguarding.status-changed")).map((r) => r.detail)).toEqual([
      { kind: "contact", from: "new", to: "actioned" },
      { kind: "contact", from: "actioned", to: "new" },
    ]);
    expect((await post("in-review")).status).toBe(400);
  });

  it("keeps notes on a request sealed and separate from item notes", async () => {
    const id = await insertContact(t, { how: "email" }, today());
    const res = await lead.request(`/api/safeguarding/contact-requests/${id}/notes`, {
      json: { note: "left a voicemail" },
    });
    expect(res.status).toBe(201);
    const [stored] = await t.sqlite.db.query.safeguardingNotes.findMany();
    expect(stored).toMatchObject({ itemKind: "contact", itemId: id });
    expect(stored?.sealedNote).not.toContain("voicemail");
  });
});
