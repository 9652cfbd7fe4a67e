import { setSurveyStatus } from "../../../db/queries/survey-settings";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { getSurvey } from "../../../surveys/bundled-surveys";
import { surveyIn } from "../../../surveys/localised-surveys";
import { renderPage } from "../../../views/render-page";
import { SurveysPage } from "../../../views/workspace/admin/surveys-page";
import { surveyRows } from "./survey-rows";

const guard = requirePermission("surveys:manage");

/** The surveys page and its open/close buttons (POST-redirect-GET). */
export const surveysPages = createRouter()
  .get("/workspace/surveys", guard, async (c) => {
    const done = c.req.query("done");
    const survey = surveyIn(c.req.query("survey") ?? "", c.var.locale);
    const message =
      survey && (done === "opened" || done === "closed")
        ? c.var.t(`ws.admin.surveys.done.${done}`, { survey: survey.title })
        : undefined;
    const surveys = await surveyRows(c.var.db, c.var.locale);
    return renderPage(c, SurveysPage({ ...c.var.page, staff: c.var.staff, surveys, done: message }));
  })
  .post("/workspace/surveys/:id/status", guard, async (c) => {
    const survey = getSurvey(c.req.param("id"));
    if (!survey) return c.notFound();
    const status = (await c.req.parseBody()).status === "closed" ? "closed" : "open";
    const staff = staffOf(c);
    await setSurveyStatus(c.var.db, {
      surveyId: survey.id,
      status,
      actor: { actorId: staff.userId, actorEmail: staff.email },
    });
    return c.redirect(
      `/workspace/surveys?done=${status === "open" ? "opened" : "closed"}&survey=${survey.id}`,
      303,
    );
  });
