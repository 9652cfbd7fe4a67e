import { summariseSurvey } from "../../domain/surveys/survey-summary";
import { createRouter } from "../../http/create-router";
import { bundledSurveys } from "../../surveys/bundled-surveys";
import { HomePage } from "../../views/home-page";
import { renderPage } from "../../views/render-page";

/** `GET /`: who are you? then the surveys for that group (`?for=<audience>`). */
export const homeRoutes = createRouter().get("/", (c) => {
  const { t, locale } = c.var;
  const audience = c.req.query("for");
  const chosen = bundledSurveys.filter((s) => !audience || s.audience === audience).map(summariseSurvey);
  return renderPage(c, HomePage({ t, locale, audience, surveys: chosen }));
});
