import { createRoute, z } from "@hono/zod-openapi";
import { audit } from "../../../db/queries/audit-log";
import { reportPeriod } from "../../../domain/reports/report-period";
import { createRouter } from "../../../http/create-router";
import { errorSchema } from "../../../http/error-schema";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { loadBoardReport } from "../../../services/board-report";
import { renderBoardReport } from "../../../services/board-report-export";
import { asTranslate } from "../../../views/workspace/report/as-translate";
import { boardReportSchema } from "./board-report-schema";
import { boardReportQuery } from "./report-query";

const problem = (description: string) => ({
  description,
  content: { "application/json": { schema: errorSchema } },
});

const boardRoute = createRoute({
  method: "get",
  path: "/api/reports/board",
  tags: ["Officers: reports"],
  middleware: [requirePermission("reports:read")] as const,
  summary: "The quarterly board report against the strategy's outcomes, as JSON, CSV or DOCX",
  description:
    "Voices by audience with the change on the period before, top themes, actions with RAG status by outcome, and exceptions. Every count has passed suppression (k is in the report). Each download is audited.",
  request: { query: boardReportQuery },
  responses: {
    200: {
      description: "The report",
      content: {
        "application/json": { schema: boardReportSchema },
        "text/csv": { schema: z.string() },
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
          schema: z.string().openapi({ format: "binary" }),
        },
      },
    },
    400: problem("A period that is not a quarter or a range of days"),
    401: problem("Not signed in"),
    403: problem("A role that may not read reports (safeguarding)"),
  },
});

/** The board report API for admins, analysts and the board (viewers). */
export const reportApi = createRouter().openapi(boardRoute, async (c) => {
  const query = c.req.valid("query");
  const period = reportPeriod(query.period, new Date().toISOString().slice(0, 10));
  if (!period) throw new Problem(400, "invalid_period", "Use a quarter such as 2026-Q4.");
  const report = await loadBoardReport(c.var.db, c.var.config, period);
  const rendered = await renderBoardReport(report, query.format, asTranslate(c.var.t), c.var.locale);
  const staff = staffOf(c);
  // Recorded before the file is handed over: copies of the report leaving the system are on the log.
  await audit(c.var.db, {
    actorId: staff.userId,
    actorEmail: staff.email,
    action: "report.exported",
    target: `board:${period.id}`,
    detail: { report: "board", period: period.id, format: query.format, k: report.k },
  });
  c.header("Content-Type", rendered.contentType);
  c.header("Content-Disposition", `attachment; filename="${rendered.filename}"`);
  const { body } = rendered;
  return typeof body === "string" ? c.body(body, 200) : c.body(new Uint8Array(body), 200);
});
