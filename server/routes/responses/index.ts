import { createRoute, z } from "@hono/zod-openapi";
import { surveyIsOpen } from "../../db/queries/survey-settings";
import { choiceOptions } from "../../domain/surveys/validate-answers";
import { createRouter } from "../../http/create-router";
import { errorSchema } from "../../http/error-schema";
import { Problem } from "../../http/problem";
import { locales } from "../../i18n/i18n";
import { submitResponse } from "../../services/submit-response";
import { getSurvey } from "../../surveys/bundled-surveys";
import { placesIn, surveyIn } from "../../surveys/localised-surveys";
import { optionLabeller } from "../journey/journey-support";

const surveyIdParam = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "feeling-safe" }),
});

const getDefinition = createRoute({
  method: "get",
  path: "/api/surveys/{id}",
  summary:
    "A survey's definition in the requested language (?lang=), with every option a respondent can choose",
  request: { params: surveyIdParam },
  responses: {
    200: {
      description: "The survey",
      content: { "application/json": { schema: z.object({ id: z.string() }).passthrough() } },
    },
    404: { description: "No such survey", content: { "application/json": { schema: errorSchema } } },
  },
});

const submit = createRoute({
  method: "post",
  path: "/api/surveys/{id}/responses",
  summary: "Submit a response; the answer is a receipt code, nothing else",
  request: {
    params: surveyIdParam,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              locale: z.enum(locales).default("en"),
              answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
            })
            .openapi("NewResponse"),
        },
      },
    },
  },
  responses: {
    201: {
      description:
        "Stored. `showHelp` is true when free text may disclose harm: show help now (999, Childline).",
      content: { "application/json": { schema: z.object({ receipt: z.string(), showHelp: z.boolean() }) } },
    },
    400: {
      description: "Answers that do not fit the survey, one issue per question id",
      content: { "application/json": { schema: errorSchema } },
    },
    404: { description: "No such survey", content: { "application/json": { schema: errorSchema } } },
    409: {
      description: "The survey is closed (code survey_closed)",
      content: { "application/json": { schema: errorSchema } },
    },
    413: { description: "Body over 64 KB", content: { "application/json": { schema: errorSchema } } },
  },
});

function surveyOrThrow(id: string) {
  const survey = getSurvey(id);
  if (!survey) throw new Problem(404, "not_found", `There is no survey '${id}'.`);
  return survey;
}

/** The JSON API for surveys and responses; it shares validation and storage with the HTML journey. */
export const responseRoutes = createRouter()
  .openapi(getDefinition, (c) => {
    const survey = surveyIn(surveyOrThrow(c.req.valid("param").id).id, c.var.locale);
    if (!survey) throw new Problem(404, "not_found", "There is no such survey.");
    const label = optionLabeller(c.var.t);
    const questions = survey.questions.map((q) => ({
      ...q,
      options: choiceOptions(q, placesIn(c.var.locale)).map((o) => ({ ...o, label: label(o) })),
    }));
    return c.json({ ...survey, questions }, 200);
  })
  .openapi(submit, async (c) => {
    const survey = surveyOrThrow(c.req.valid("param").id);
    const { locale, answers } = c.req.valid("json");
    if (!(await surveyIsOpen(c.var.db, survey.id))) {
      throw new Problem(409, "survey_closed", "This survey is closed and takes no more answers.");
    }
    const result = await submitResponse(c.var.db, c.var.config, { survey, locale, answers });
    if (!result.ok) {
      const issues = result.issues.map((i) => ({ path: i.questionId, message: i.message }));
      throw new Problem(400, "invalid_answers", "Some answers do not fit this survey. See issues.", issues);
    }
    return c.json({ receipt: result.receipt, showHelp: result.mayDiscloseHarm }, 201);
  });
