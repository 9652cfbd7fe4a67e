import { createRoute, z } from "@hono/zod-openapi";
import { closedSurveyIds } from "../../db/queries/survey-settings";
import { summariseSurvey } from "../../domain/surveys/survey-summary";
import { createRouter } from "../../http/create-router";
import { bundledSurveys } from "../../surveys/bundled-surveys";

const surveySummarySchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    audience: z.string(),
    engagementLevel: z.string(),
    estimatedMinutes: z.number(),
    url: z.string().openapi({ description: "The page that starts the survey" }),
  })
  .openapi("SurveySummary");

const listSurveys = createRoute({
  method: "get",
  path: "/api/surveys",
  summary: "The surveys people can take (closed ones are left out)",
  responses: {
    200: {
      description: "Surveys",
      content: { "application/json": { schema: z.array(surveySummarySchema) } },
    },
  },
});

/** Public survey listing. */
export const surveyRoutes = createRouter().openapi(listSurveys, async (c) => {
  const closed = await closedSurveyIds(c.var.db);
  return c.json(bundledSurveys.filter((s) => !closed.has(s.id)).map(summariseSurvey), 200);
});
