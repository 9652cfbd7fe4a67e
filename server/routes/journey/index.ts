import { createRouter } from "../../http/create-router";
import { showCheck, submitDraft } from "./check";
import { answerQuestion, showQuestion } from "./question";
import { showStart, startSurvey } from "./start";

/** The respondent's journey: start page, one question per page, check answers, confirmation. */
export const journeyRoutes = createRouter()
  .get("/s/:id", showStart)
  .post("/s/:id/start", startSurvey)
  .get("/s/:id/q/:qid", showQuestion)
  .post("/s/:id/q/:qid", answerQuestion)
  .get("/s/:id/check", showCheck)
  .post("/s/:id/submit", submitDraft);
