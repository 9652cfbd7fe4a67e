import { createRouter } from "../../http/create-router";
import { showCheck, submitDraft } from "./check";
import { answerQuestion, showQuestion } from "./question";
import { restartKiosk, showStart, startSurvey } from "./start";

/** The respondent's journey: start page, one question per page, check answers, confirmation; `/k/` for shared devices. */
export const journeyRoutes = createRouter()
  .get("/s/:id", showStart)
  .post("/s/:id/start", startSurvey)
  .get("/k/:id", showStart)
  .post("/k/:id/start", startSurvey)
  .get("/k/:id/restart", restartKiosk)
  .get("/s/:id/q/:qid", showQuestion)
  .post("/s/:id/q/:qid", answerQuestion)
  .get("/s/:id/check", showCheck)
  .post("/s/:id/submit", submitDraft)
  // The confirmation is a POST result; a language link or refresh of its address goes to the start.
  .get("/s/:id/submit", (c) => c.redirect(`/s/${c.req.param("id")}`, 303));
