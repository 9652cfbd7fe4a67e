import type { Context } from "hono";
import { reportPeriod } from "../../../domain/reports/report-period";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission } from "../../../http/require-staff";
import { loadBoardReport } from "../../../services/board-report";
import { renderPage } from "../../../views/render-page";
import { BoardReportPage } from "../../../views/workspace/report/board-report-page";

async function showBoardReport(c: Context<AppEnv>) {
  const periodText = (c.req.query("period") ?? "").slice(0, 40);
  const period = reportPeriod(periodText, new Date().toISOString().slice(0, 10));
  const frame = { ...c.var.page, staff: c.var.staff, periodText };
  if (!period) {
    return renderPage(c, BoardReportPage({ ...frame, error: c.var.t("ws.report.form.error") }), 400);
  }
  const report = await loadBoardReport(c.var.db, c.var.config, period);
  return renderPage(c, BoardReportPage({ ...frame, periodText: periodText || period.id, report }));
}

/** The printable board report page; viewing is not an export, so only downloads are audited. */
export const reportPages = createRouter()
  .get("/workspace/reports", requirePermission("reports:read"), (c) =>
    c.redirect("/workspace/reports/board", 303),
  )
  .get("/workspace/reports/board", requirePermission("reports:read"), showBoardReport);
