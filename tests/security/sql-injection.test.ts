import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseText } from "../../server/domain/analysis/analyse-text";
import { formClient } from "../support/form-client";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../support/staff";
import { createTestApp, type TestApp } from "../support/test-app";
import { INJECTIONS } from "./sql-injection-strings";
import { json, probe } from "./sql-injection-support";

// Issue 8, "Attack": SQL-injection strings typed by officers, children and families are stored and
// shown verbatim (free text as redaction leaves it), nothing answers 5xx, and the database is whole
// afterwards. Everything goes through the real app over a real SQLite file. Filters, ids and
// sign-in: sql-injection-lookups.test.ts.

let t: TestApp;
let analyst: SignedIn;
let lead: SignedIn;
let db: ReturnType<typeof probe>;
const send: ReturnType<typeof probe>["send"] = (...args) => db.send(...args);
const inDatabase: ReturnType<typeof probe>["inDatabase"] = (read) => db.inDatabase(read);

async function submit(surveyId: string, answers: Record<string, unknown>) {
  const res = await t.app.request(`/api/surveys/${surveyId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN },
    body: JSON.stringify({ locale: "en", answers }),
  });
  if (res.status >= 500) db.serverErrors.push(`POST /api/surveys/${surveyId}/responses -> ${res.status}`);
  return res;
}

beforeAll(async () => {
  t = await createTestApp({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "0" });
  analyst = await signedIn(t, "analyst");
  lead = await signedIn(t, "safeguarding");
  db = probe(t);
});
afterAll(async () => {
  await t?.close();
});

describe("SQL-injection strings stored by officers come back exactly as typed", () => {
  it("as theme labels and descriptions, in the API and in the database", async () => {
    for (const [i, text] of INJECTIONS.entries()) {
      const res = await send(analyst, "/api/themes", { json: { label: text, description: `${text} #${i}` } });
      expect(res.status, text).toBe(201);
      const theme = await json<{ id: string; label: string; description: string }>(res);
      expect(theme).toMatchObject({ label: text, description: `${text} #${i}` });
      const stored = inDatabase((db) => db.prepare("SELECT label FROM themes WHERE id = ?").get(theme.id));
      expect(stored?.label).toBe(text);
    }
    const { themes } = await json<{ themes: { label: string }[] }>(await send(analyst, "/api/themes"));
    expect(themes.map((th) => th.label)).toEqual(expect.arrayContaining([...INJECTIONS]));
  });

  it("as an action's title, description, children's summary, owning team and progress note", async () => {
    for (const text of INJECTIONS) {
      const res = await send(analyst, "/api/actions", {
        json: {
          title: text,
          description: text,
          childSummary: text,
          agency: "council",
          owningTeam: `Team ${text}`,
        },
      });
      expect(res.status, text).toBe(201);
      const action = await json<{ id: string }>(res);
      expect(action).toMatchObject({
        title: text,
        description: text,
        childSummary: text,
        owningTeam: `Team ${text}`,
      });
      const note = await send(analyst, `/api/actions/${action.id}/updates`, { json: { note: text } });
      expect(note.status).toBe(201);
      expect(await json<{ note: string }>(note)).toMatchObject({ note: text });
    }
    const { actions } = await json<{ actions: { title: string }[] }>(await send(analyst, "/api/actions"));
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining([...INJECTIONS]));
  });

  it("as a publication's title", async () => {
    const year = new Date().getUTCFullYear();
    const res = await send(analyst, "/api/publications", {
      json: { period: `${year}-Q1`, title: INJECTIONS[0] },
    });
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    for (const title of INJECTIONS) {
      const draft = await send(analyst, `/api/publications/${id}/draft`, { method: "PUT", json: { title } });
      expect(draft.status, title).toBe(200);
      const stored = inDatabase((db) =>
        db.prepare("SELECT title FROM publications WHERE id = ? ORDER BY version DESC").get(id),
      );
      expect(stored?.title).toBe(title);
    }
  });
});

describe("SQL-injection strings from children and families", () => {
  it("are stored in free-text answers exactly as redaction leaves them (most untouched)", async () => {
    const untouched: string[] = [];
    for (const text of INJECTIONS) {
      const res = await submit("quick-feedback", { "one-thing": text });
      expect(res.status, text).toBe(201);
      const expected = analyseText(text).redacted;
      if (expected === text) untouched.push(text);
      const stored = inDatabase((db) =>
        db
          .prepare("SELECT value FROM answers WHERE question_id = 'one-thing' ORDER BY rowid DESC LIMIT 1")
          .get(),
      );
      expect(JSON.parse(String(stored?.value)), text).toBe(expected);
    }
    // Redaction takes out what looks personal (words_with_underscores read as usernames, "Robert" as a
    // name), not quotes, semicolons, backslashes or NULs: the classic strings must pass as typed, or
    // this test would prove little about storage.
    expect(untouched).toEqual(INJECTIONS.filter((text) => !/_|Robert/.test(text)));
    expect(untouched.length).toBeGreaterThanOrEqual(7);
    const { answers } = await json<{ answers: { text: string }[] }>(
      await send(analyst, "/api/responses?survey=quick-feedback&limit=100"),
    );
    expect(answers.map((a) => a.text)).toEqual(
      expect.arrayContaining(INJECTIONS.map((text) => analyseText(text).redacted)),
    );
  });

  it("are stored the same way from a paper-form CSV, and refused as choices there", async () => {
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const csv = ["one-thing", ...INJECTIONS.map(quoted)].join("\r\n");
    const res = await t.app.request("/api/workspace/surveys/quick-feedback/import", {
      method: "POST",
      headers: { cookie: analyst.cookie, origin: SAME_ORIGIN, "content-type": "text/csv" },
      body: csv,
    });
    expect(res.status).toBe(200);
    expect((await json<{ accepted: number[] }>(res)).accepted).toHaveLength(INJECTIONS.length);
    const stored = inDatabase((db) =>
      db
        .prepare(
          "SELECT a.value FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.channel = 'paper' ORDER BY r.rowid",
        )
        .all()
        .map((row) => JSON.parse(String(row.value)) as string),
    );
    expect(stored.sort()).toEqual(INJECTIONS.map((text) => analyseText(text).redacted).sort());

    const choices = ["session-rating", ...INJECTIONS.map(quoted)].join("\r\n");
    const refused = await t.app.request("/api/workspace/surveys/quick-feedback/import", {
      method: "POST",
      headers: { cookie: analyst.cookie, origin: SAME_ORIGIN, "content-type": "text/csv" },
      body: choices,
    });
    expect(refused.status).toBe(200);
    const report = await json<{ accepted: number[]; rejected: unknown[] }>(refused);
    expect(report).toMatchObject({ accepted: [] });
    expect(report.rejected).toHaveLength(INJECTIONS.length);
  });

  it("are refused as a choice answer with a 400, never stored", async () => {
    const before = db.count("responses");
    for (const text of INJECTIONS) {
      const res = await submit("quick-feedback", { "session-rating": text });
      expect(res.status, text).toBe(400);
    }
    expect(db.count("responses")).toBe(before);
  });

  it("come back to the safeguarding lead as written in a contact request, and in notes", async () => {
    const form = formClient(t);
    for (const text of INJECTIONS) {
      const res = await form.post("/talk-to-someone/send", { how: text, when: text, message: text });
      expect(res.status, text).toBe(200);
    }
    const { requests } = await json<{ requests: { id: string }[] }>(
      await send(lead, "/api/safeguarding/contact-requests?status=all"),
    );
    expect(requests).toHaveLength(INJECTIONS.length);
    const details: string[] = [];
    for (const { id } of requests) {
      const opened = await json<{ request: { details: { how: string; when: string; message: string } } }>(
        await send(lead, `/api/safeguarding/contact-requests/${id}`),
      );
      const { how, when, message } = opened.request.details;
      expect([when, message]).toEqual([how, how]);
      details.push(how);
    }
    expect(details.sort()).toEqual([...INJECTIONS].sort());

    const flagged = await submit("quick-feedback", {
      "one-thing": "a man at the bus station makes me carry packages and says I owe him",
    });
    expect(flagged.status).toBe(201);
    const { items } = await json<{ items: { id: string }[] }>(await send(lead, "/api/safeguarding/items"));
    const item = items[0]?.id ?? "";
    for (const note of INJECTIONS) {
      expect((await send(lead, `/api/safeguarding/items/${item}/notes`, { json: { note } })).status).toBe(
        201,
      );
    }
    const opened = await json<{ item: { notes: { note: string }[] } }>(
      await send(lead, `/api/safeguarding/items/${item}`),
    );
    expect(opened.item.notes.map((n) => n.note).sort()).toEqual([...INJECTIONS].sort());
  });

  it("are kept as a kiosk event label (spaces tidied, nothing else)", async () => {
    for (const text of INJECTIONS) {
      const form = formClient(t);
      const res = await form.post("/k/quick-feedback/start", { event: text });
      expect(res.status, text).toBe(303);
      const draft = inDatabase((db) =>
        db.prepare("SELECT kiosk_event FROM drafts ORDER BY rowid DESC LIMIT 1").get(),
      );
      expect(draft?.kiosk_event).toBe(text.replace(/\s+/g, " "));
    }
  });
});

describe("afterwards", () => {
  it("answered nothing with a 5xx, and the database is whole, with the rows expected", () => {
    db.expectWhole();
    // One answer per injection string online and on paper, plus the disclosure; two officers.
    expect(db.count("responses")).toBe(INJECTIONS.length * 2 + 1);
    expect(db.count("answers")).toBe(INJECTIONS.length * 2 + 1);
    expect(db.count("staff_users")).toBe(2);
    expect(db.count("contact_requests")).toBe(INJECTIONS.length);
    expect(db.count("themes")).toBeGreaterThanOrEqual(INJECTIONS.length);
    expect(db.count("actions")).toBe(INJECTIONS.length);
  });
});
