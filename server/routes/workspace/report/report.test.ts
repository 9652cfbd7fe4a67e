import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, TEST_KEY, type TestApp } from "../../../../tests/support/test-app";
import { parseAppConfig } from "../../../config/app-config";
import { listAudit } from "../../../db/queries/audit-log";
import { actions } from "../../../db/schema";
import { previousQuarter, quarterOf } from "../../../domain/periods/period";
import { assertNoSmallCounts } from "../../../domain/suppression";
import { submitResponse } from "../../../services/submit-response";
import { getSurvey } from "../../../surveys/bundled-surveys";
import { zipEntries } from "./zip-entries";

const config = parseAppConfig({ HEARD_SAFEGUARDING_KEY: TEST_KEY });
const today = new Date().toISOString().slice(0, 10);
const period = quarterOf(today);
const before = previousQuarter(period);

let t: TestApp;
let viewer: SignedIn;

async function submit(surveyId: string, count: number, submittedOn?: string) {
  const survey = getSurvey(surveyId);
  if (!survey) throw new Error(`no survey ${surveyId}`);
  const paper = submittedOn ? { channel: "paper" as const, submittedOn } : {};
  for (let i = 0; i < count; i++) {
    const result = await submitResponse(t.sqlite.db, config, { survey, locale: "en", answers: {}, ...paper });
    if (!result.ok) throw new Error("submission refused");
  }
}

beforeAll(async () => {
  t = await createTestApp();
  await submit("quick-feedback", 14);
  await submit("quick-feedback", 11, before.from);
  await submit("feeling-safe", 3);
  // Hidden with the 3 (as the next smallest), so the 3 cannot be worked out from the total.
  await submit("parents-carers", 12);
  await t.sqlite.db.insert(actions).values({
    id: "act-1",
    title: '=HYPERLINK("http://example.org") Late night buses',
    description: "More buses after youth club.",
    childSummary: "More late buses.",
    agency: "council",
    owningTeam: "Transport team",
    status: "in-progress",
    dueOn: "2000-01-31",
    outcomes: ["prevent.early"],
    addedOn: before.from,
  });
  viewer = await signedIn(t, "viewer");
});
afterAll(async () => {
  await t.close();
});

const url = (format: string) => `/api/reports/board?period=${period.id}&format=${format}`;

describe("GET /api/reports/board", () => {
  it("answers 401 without a session", async () => {
    const res = await t.app.request(url("json"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
  });

  it("answers 403 to the safeguarding lead, whose role has no reports", async () => {
    const lead = await signedIn(t, "safeguarding");
    expect((await lead.request(url("json"))).status).toBe(403);
    expect((await lead.request(`/workspace/reports/board?period=${period.id}`)).status).toBe(403);
  });

  it("gives a viewer the report as JSON, every count suppressed at k", async () => {
    const res = await viewer.request(url("json"));
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.k).toBe(10);
    expect(report.period.id).toBe(period.id);
    const rows = Object.fromEntries(report.voices.rows.map((r: { audience: string }) => [r.audience, r]));
    expect(rows.community.current).toEqual({ kind: "count", value: 14 });
    expect(rows.community.previous).toEqual({ kind: "count", value: 11 });
    expect(rows.community.change).toEqual({ kind: "change", value: 3, percent: 27 });
    expect(rows["child-8-12"].current).toEqual({ kind: "suppressed", display: "<10" });
    expect(() => assertNoSmallCounts(report, 10)).not.toThrow();
    const overdue = report.exceptions.find((e: { kind: string }) => e.kind === "action-overdue");
    expect(overdue?.actionId).toBe("act-1");
  });

  it("refuses a period it cannot read", async () => {
    const res = await viewer.request("/api/reports/board?period=2026-Q5");
    expect(res.status).toBe(400);
  });

  it("exports CSV that a CSV library reads, with a BOM and formulas neutralised", async () => {
    const res = await viewer.request(url("csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(`heard-board-report-${period.id}.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: Record<string, string>[] = parse(new TextDecoder().decode(bytes), {
      bom: true,
      columns: true,
    });
    const community = records.find((r) => r.section === "voices" && r.key === "community");
    expect(community).toMatchObject({ this_period: "14", previous_period: "11", change: "3" });
    expect(records.find((r) => r.section === "voices" && r.key === "child-8-12")?.this_period).toBe("<10");
    expect(records.find((r) => r.section === "report" && r.key === "k")?.label).toBe("10");
    const action = records.find((r) => r.section === "action" && r.key === "act-1");
    expect(action).toMatchObject({ outcome: "prevent.early", rag: "red", owning_team: "Transport team" });
    expect(action?.label?.startsWith("'=")).toBe(true);
  });

  it("exports a DOCX: a valid zip whose document holds every outcome heading", async () => {
    const res = await viewer.request(url("docx"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const entries = zipEntries(new Uint8Array(await res.arrayBuffer()));
    const xml = new TextDecoder().decode(entries.get("word/document.xml"));
    expect(xml).toContain("Board report: ");
    expect(xml).toContain("Risk outside the home is addressed at the earliest point, preventing escalation");
    expect(xml).toContain(
      "Offending is tackled and minimised through prosecution, disruption and law enforcement",
    );
    expect(entries.has("[Content_Types].xml")).toBe(true);
  });

  it("records each download in the audit log", async () => {
    await viewer.request(url("csv"));
    const events = await listAudit(t.sqlite.db, { action: "report.exported" });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ actorEmail: viewer.email, target: `board:${period.id}` });
    expect(events[0]?.detail).toMatchObject({ format: "csv", k: 10 });
  });
});

describe("GET /workspace/reports/board", () => {
  it("sends someone not signed in to sign in", async () => {
    const res = await t.app.request(`/workspace/reports/board?period=${period.id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("/workspace/sign-in");
  });

  it("shows a viewer the printable report: exceptions, voices, every outcome, download links", async () => {
    const res = await viewer.request(`/workspace/reports/board?period=${period.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`Board report: ${period.id}`);
    expect(html).toContain("threshold k = 10");
    expect(html).toContain("Overdue: =HYPERLINK");
    expect(html).toContain("&lt;10");
    expect(html).toContain("Aim: Prepare");
    expect(html).toContain("Offending is tackled and minimised");
    expect(html).toContain(`/api/reports/board?period=${period.id}&amp;format=docx`);
  });

  it("explains a period it cannot read, with the field marked", async () => {
    const res = await viewer.request("/workspace/reports/board?period=last+year");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("error-summary");
    expect(html).toContain('href="#period"');
    expect(html).toContain('value="last year"');
  });
});
