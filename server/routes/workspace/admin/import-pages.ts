import type { Context } from "hono";
import { surveyIsOpen } from "../../../db/queries/survey-settings";
import { CSV_CONTENT_TYPE, toCsv } from "../../../domain/export/csv";
import { DATE_COLUMN, LOCALE_COLUMN } from "../../../domain/paper-import/import-limits";
import { isSizeProblem } from "../../../domain/paper-import/import-problems";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { locales } from "../../../i18n/i18n";
import { importPaperResponses } from "../../../services/import-paper";
import { getSurvey } from "../../../surveys/bundled-surveys";
import { surveyIn } from "../../../surveys/localised-surveys";
import { renderPage } from "../../../views/render-page";
import { ImportPage, type ImportPageProps } from "../../../views/workspace/admin/import-page";
import { ImportReportSection } from "../../../views/workspace/admin/import-report";
import { cellName, fileProblemMessage, rowProblemMessage } from "./import-messages";
import { limitImportBody, readUpload, tooLargeMessage } from "./import-upload";

const guard = requirePermission("surveys:manage");

/** Too big to read: the upload page again, saying so (413). */
const pageBodyLimit = limitImportBody(async (c) => {
  const page = await pageFor(c);
  return page ? renderPage(c, ImportPage({ ...page, error: tooLargeMessage(c) }), 413) : c.notFound();
});

/** The page's frame for the survey in the path, or undefined when there is no such survey. */
async function pageFor(c: Context<AppEnv>): Promise<ImportPageProps | undefined> {
  const survey = surveyIn(c.req.param("id") ?? "", c.var.locale);
  if (!survey) return undefined;
  const closed = !(await surveyIsOpen(c.var.db, survey.id));
  return { ...c.var.page, staff: c.var.staff, survey, closed, locales };
}

/** The upload page, the upload itself (the report is the POST's own page), and a header-only template. */
export const importPages = createRouter()
  .get("/workspace/surveys/:id/import", guard, async (c) => {
    const page = await pageFor(c);
    return page ? renderPage(c, ImportPage(page)) : c.notFound();
  })
  .post("/workspace/surveys/:id/import", guard, pageBodyLimit, async (c) => {
    const page = await pageFor(c);
    const survey = getSurvey(c.req.param("id"));
    if (!page || !survey) return c.notFound();
    const { t } = c.var;
    const upload = await readUpload(c);
    if (!upload.bytes) return renderPage(c, ImportPage({ ...page, error: t("ws.admin.import.noFile") }), 400);
    const staff = staffOf(c);
    const outcome = await importPaperResponses(c.var.db, c.var.config, {
      survey,
      bytes: upload.bytes,
      dryRun: upload.dryRun,
      locales,
      actor: { actorId: staff.userId, actorEmail: staff.email },
    });
    if (!outcome.ok) {
      const error = fileProblemMessage(t, outcome.problem);
      return renderPage(c, ImportPage({ ...page, error }), isSizeProblem(outcome.problem) ? 413 : 400);
    }
    const { report } = outcome;
    const section = ImportReportSection({
      t,
      locale: c.var.locale,
      report,
      message: (p) => rowProblemMessage(t, p),
      cell: (p) => cellName(t, p),
    });
    // After a clean check the next upload is the real import; otherwise check again first.
    const dryRun = !(report.dryRun && report.rejected.length === 0 && report.accepted.length > 0);
    return renderPage(c, ImportPage({ ...page, report: section, dryRun }));
  })
  .get("/workspace/surveys/:id/import/template.csv", guard, (c) => {
    const survey = getSurvey(c.req.param("id"));
    if (!survey) return c.notFound();
    const header = [...survey.questions.map((q) => q.id), LOCALE_COLUMN, DATE_COLUMN];
    c.header("Content-Type", CSV_CONTENT_TYPE);
    c.header("Content-Disposition", `attachment; filename="${survey.id}-paper.csv"`);
    return c.body(toCsv(header, []));
  });
