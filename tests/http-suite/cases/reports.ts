import { expect, it } from "vitest";
import { zipEntries } from "../../../server/routes/workspace/report/zip-entries";
import { officer } from "../officers";
import type { TargetRef } from "../target";

type Event = { action: string; actorEmail: string; detail: { format?: string } | null };

/** The board report in each format and the audit log export: files leaving the system, all audited. */
export function reports(target: TargetRef) {
  it("downloads the board report as JSON, CSV and DOCX, each download on the audit log", async () => {
    const viewer = await officer(target(), "viewer");
    const json = await viewer.get("/api/reports/board");
    expect(json.status).toBe(200);
    const report = (await json.json()) as { k: number; period: { id: string } };
    expect(report.k).toBe(10);
    expect(report.period.id).toMatch(/^\d{4}-Q[1-4]$/);

    const csv = await viewer.get("/api/reports/board?format=csv");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="heard-board-report-${report.period.id}.csv"`,
    );
    expect((await csv.text()).length).toBeGreaterThan(100);

    const docx = await viewer.get("/api/reports/board?format=docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const entries = zipEntries(new Uint8Array(await docx.arrayBuffer()));
    expect(new TextDecoder().decode(entries.get("word/document.xml"))).toContain("Board report: ");
    expect((await viewer.get("/api/reports/board?period=last+year")).status).toBe(400);

    const admin = await officer(target(), "admin");
    const { events } = (await (await admin.get("/api/audit?action=report.exported")).json()) as {
      events: Event[];
    };
    const mine = events.filter((e) => e.actorEmail === viewer.email).map((e) => e.detail?.format);
    expect(mine.sort()).toEqual(["csv", "docx", "json"]);
  });

  it("exports the audit log as CSV for admins, and records that export too", async () => {
    const admin = await officer(target(), "admin");
    const res = await admin.get(`/api/audit.csv?actor=${encodeURIComponent(admin.email)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="heard-audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toMatch(/,/);
    expect(text).toContain(admin.email);
    const { events } = (await (await admin.get("/api/audit?action=audit.exported")).json()) as {
      events: Event[];
    };
    expect(events.map((e) => e.actorEmail)).toContain(admin.email);
    const analyst = await officer(target(), "analyst");
    expect((await analyst.get("/api/audit.csv")).status).toBe(403);
  });
}
