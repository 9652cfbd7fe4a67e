import { createRoute, z } from "@hono/zod-openapi";
import { validateAnswers } from "../../domain/surveys/validate-answers";
import { createRouter } from "../../http/create-router";
import { errorSchema } from "../../http/error-schema";
import { Problem } from "../../http/problem";
import { locales } from "../../i18n/i18n";
import { getSurvey } from "../../surveys/bundled-surveys";

const check = createRoute({
  method: "post",
  path: "/api/surveys/{id}/responses/check",
  summary: "Check answers without storing them: the same checks a submission gets, and nothing is kept",
  description:
    "For a client that wants to say what needs fixing before the respondent sends, and for the benchmark " +
    "that prices a submission's durability against the same parsing and validation. No receipt, no analysis.",
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: "id", in: "path" }, example: "feeling-safe" }),
    }),
    body: {
      required: true,
      content: {
        "application/json": {
          // The submission's body, field for field (see ./index.ts), so a check passes exactly when a
          // submission would be accepted.
          schema: z.object({
            locale: z.enum(locales).default("en"),
            answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: "The answers fit the survey; nothing was stored",
      content: { "application/json": { schema: z.object({ ok: z.literal(true) }) } },
    },
    400: {
      description: "Answers that do not fit the survey, one issue per question id",
      content: { "application/json": { schema: errorSchema } },
    },
    404: { description: "No such survey", content: { "application/json": { schema: errorSchema } } },
    413: { description: "Body over 64 KB", content: { "application/json": { schema: errorSchema } } },
  },
});

/** `POST /api/surveys/{id}/responses/check`: validation only, never a write. */
export const checkResponseRoutes = createRouter().openapi(check, (c) => {
  const { id } = c.req.valid("param");
  const survey = getSurvey(id);
  if (!survey) throw new Problem(404, "not_found", `There is no survey '${id}'.`);
  const checked = validateAnswers(survey, c.req.valid("json").answers);
  if (!checked.ok) {
    const issues = checked.issues.map((i) => ({ path: i.questionId, message: i.message }));
    throw new Problem(400, "invalid_answers", "Some answers do not fit this survey. See issues.", issues);
  }
  return c.json({ ok: true as const }, 200);
});
