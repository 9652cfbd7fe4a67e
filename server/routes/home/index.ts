import { closedSurveyIds } from "../../db/queries/survey-settings";
import { summariseSurvey } from "../../domain/surveys/survey-summary";
import { createRouter } from "../../http/create-router";
import { surveysIn } from "../../surveys/localised-surveys";
import { HomePage } from "../../views/home-page";
import { renderPage } from "../../views/render-page";

/** `GET /`: who are you? then the surveys for that group (`?for=<audience>`), in the page's language. */
export const homeRoutes = createRouter().get("/", async (c) => {
  const audience = c.req.query("for");
  const closed = await closedSurveyIds(c.var.db);
  const chosen = surveysIn(c.var.locale)
    .filter((s) => !closed.has(s.id) && (!audience || s.audience === audience))
    .map(summariseSurvey);
  return renderPage(c, HomePage({ ...c.var.page, audience, surveys: chosen }));
});
