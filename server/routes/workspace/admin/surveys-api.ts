import { createRoute, z } from "@hono/zod-openapi";
import { setSurveyStatus } from "../../../db/queries/survey-settings";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { getSurvey } from "../../../surveys/bundled-surveys";
import { guarded, json, problem } from "./api-support";
import { surveyRows } from "./survey-rows";

export const surveyTags = ["Officers: surveys"];
const middleware = requirePermission("surveys:manage");
const managers = guarded("an admin or engagement officer");

const countsSchema = z.object({
  total: z.number().int().openapi({ description: "Responses not withdrawn" }),
  thisQuarter: z.number().int().openapi({ description: "Of those, submitted this calendar quarter" }),
  withdrawn: z.number().int(),
  paper: z.number().int().openapi({ description: "Of the total, entered from paper forms" }),
});
const surveySchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    audience: z.string(),
    status: z.enum(["open", "closed"]),
    changedOn: z.string().nullable(),
    counts: countsSchema,
  })
  .openapi("ManagedSurvey");

/** The survey id in a workspace path; 404 when no bundled survey has it. */
export const surveyIdParam = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "feeling-safe" }),
});
export function bundledOr404(id: string) {
  const survey = getSurvey(id);
  if (!survey) throw new Problem(404, "not_found", `There is no survey '${id}'.`);
  return survey;
}

const list = createRoute({
  method: "get",
  path: "/api/workspace/surveys",
  tags: surveyTags,
  middleware,
  summary: "Every bundled survey: open or closed, with response counts",
  responses: {
    200: { description: "Surveys", ...json(z.object({ surveys: z.array(surveySchema) })) },
    ...managers,
  },
});

const status = createRoute({
  method: "post",
  path: "/api/workspace/surveys/{id}/status",
  tags: surveyTags,
  middleware,
  summary:
    "Open or close a survey (audited as survey.opened / survey.closed). A closed survey takes no answers.",
  request: {
    params: surveyIdParam,
    body: {
      required: true,
      ...json(z.object({ status: z.enum(["open", "closed"]) }).openapi("SurveyStatusChange")),
    },
  },
  responses: {
    200: { description: "The survey as it is now", ...json(surveySchema) },
    400: problem("Status must be open or closed"),
    404: problem("No such survey"),
    ...managers,
  },
});

/** Survey management for admins and engagement officers. */
export const surveysApi = createRouter()
  .openapi(list, async (c) => c.json({ surveys: await surveyRows(c.var.db, c.var.locale) }, 200))
  .openapi(status, async (c) => {
    const survey = bundledOr404(c.req.valid("param").id);
    const staff = staffOf(c);
    await setSurveyStatus(c.var.db, {
      surveyId: survey.id,
      status: c.req.valid("json").status,
      actor: { actorId: staff.userId, actorEmail: staff.email },
    });
    const row = (await surveyRows(c.var.db, c.var.locale)).find((s) => s.id === survey.id);
    return c.json(row as z.infer<typeof surveySchema>, 200);
  });
