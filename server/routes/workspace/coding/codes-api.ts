import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  type AnswerKey,
  answerTarget,
  codableAnswers,
  codesOf,
  harmReviewsOf,
  reviewHarm,
  suggestedHarmsOf,
} from "../../../db/queries/coding";
import { findTheme, listThemes } from "../../../db/queries/themes";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { harmStatuses } from "../../../domain/themes/suggest-themes";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { applyThemeToAnswers, type CodingRefusal, setAnswerThemes } from "./apply-codes";
import { answerParams, harmStatusSchema, json, problem, signedInProblems } from "./schemas";

const tags = ["Officers: coding"];
const themeId = z.string().min(1).max(80);
const codesBody = z.object({ themeIds: z.array(z.string()) }).openapi("AnswerCodes");
const notFound = problem("No free-text answer with these ids (or its response was withdrawn)");

const addCode = createRoute({
  method: "post",
  path: "/api/responses/{responseId}/answers/{questionId}/codes",
  tags,
  summary: "Apply a theme to one answer (audited as code.added)",
  middleware: [requirePermission("codes:write")] as const,
  request: { params: answerParams, body: { required: true, ...json(z.object({ themeId })) } },
  responses: {
    200: { description: "The answer's themes now", ...json(codesBody) },
    400: problem("No such theme, or it is retired"),
    404: notFound,
    ...signedInProblems,
  },
});

const removeCode = createRoute({
  method: "delete",
  path: "/api/responses/{responseId}/answers/{questionId}/codes/{themeId}",
  tags,
  summary: "Take a theme off one answer (audited as code.removed)",
  middleware: [requirePermission("codes:write")] as const,
  request: {
    params: answerParams.extend({ themeId: themeId.openapi({ param: { name: "themeId", in: "path" } }) }),
  },
  responses: {
    200: { description: "The answer's themes now", ...json(codesBody) },
    404: notFound,
    ...signedInProblems,
  },
});

const bulk = createRoute({
  method: "post",
  path: "/api/codes/bulk",
  tags,
  summary: "Apply one theme to up to 100 answers at once (each audited as code.added)",
  middleware: [requirePermission("codes:write")] as const,
  request: {
    body: {
      required: true,
      ...json(
        z.object({
          answers: z
            .array(z.object({ responseId: z.string().min(1).max(64), questionId: z.string().min(1).max(80) }))
            .min(1)
            .max(100),
          themeId,
        }),
      ),
    },
  },
  responses: {
    200: {
      description: "How many answers gained the theme, and how many had it already",
      ...json(z.object({ applied: z.number().int(), alreadyCoded: z.number().int() })),
    },
    400: problem("No such theme, a retired theme, or answers that do not exist (see issues)"),
    ...signedInProblems,
  },
});

const harms = createRoute({
  method: "post",
  path: "/api/responses/{responseId}/answers/{questionId}/harms",
  tags,
  summary: "Accept or reject a harm for one answer (audited as harm.reviewed)",
  middleware: [requirePermission("codes:write")] as const,
  request: {
    params: answerParams,
    body: {
      required: true,
      ...json(z.object({ harm: z.enum(frameworkIds.harms), decision: z.enum(["accepted", "rejected"]) })),
    },
  },
  responses: {
    200: { description: "The answer's harms now", ...json(z.object({ harms: z.array(harmStatusSchema) })) },
    400: problem("Not a harm in the strategy framework, or not accepted/rejected"),
    404: notFound,
    ...signedInProblems,
  },
});

/** The API's answer when a change is refused. */
function refusal(reason: CodingRefusal, id: string): Problem {
  if (reason === "no-answer")
    return new Problem(404, "not_found", "There is no free-text answer with these ids.");
  const message =
    reason === "retired-theme"
      ? `The theme "${id}" is retired; it can no longer be applied.`
      : `No theme has the id "${id}".`;
  return new Problem(400, "invalid_theme", message, [{ path: "themeId", message }]);
}

const actorOf = (c: Context<AppEnv>) => ({ userId: staffOf(c).userId, email: staffOf(c).email });

/** Coding as JSON: the same changes the page's forms make, for scripts and the keyboard enhancement. */
export const codesApiRoutes = createRouter()
  .openapi(addCode, async (c) => {
    const key = c.req.valid("param");
    const { themeId } = c.req.valid("json");
    const current = (await codesOf(c.var.db, [key])).get(answerTarget(key)) ?? [];
    const result = await setAnswerThemes(
      c.var.db,
      key,
      [...current, themeId],
      await listThemes(c.var.db),
      actorOf(c),
    );
    if ("refused" in result) throw refusal(result.refused, themeId);
    return c.json(result, 200);
  })
  .openapi(removeCode, async (c) => {
    const { themeId, ...key } = c.req.valid("param");
    const current = (await codesOf(c.var.db, [key])).get(answerTarget(key)) ?? [];
    const wanted = current.filter((id) => id !== themeId);
    const result = await setAnswerThemes(c.var.db, key, wanted, await listThemes(c.var.db), actorOf(c));
    if ("refused" in result) throw refusal(result.refused, themeId);
    return c.json(result, 200);
  })
  .openapi(bulk, async (c) => {
    const body = c.req.valid("json");
    const result = await applyThemeToAnswers(
      c.var.db,
      body.answers,
      await findTheme(c.var.db, body.themeId),
      actorOf(c),
    );
    if ("refused" in result && result.refused === "no-answer") {
      const issues = (result.missing ?? []).map((i) => ({
        path: `answers.${i}`,
        message: "There is no free-text answer with these ids.",
      }));
      throw new Problem(400, "invalid_answers", "Some answers do not exist. See issues.", issues);
    }
    if ("refused" in result) throw refusal(result.refused, body.themeId);
    return c.json(result, 200);
  })
  .openapi(harms, async (c) => {
    const key: AnswerKey = c.req.valid("param");
    const { harm, decision } = c.req.valid("json");
    if (!(await codableAnswers(c.var.db, [key])).has(answerTarget(key))) throw refusal("no-answer", "");
    await reviewHarm(c.var.db, key, harm, decision, actorOf(c));
    return c.json({ harms: await harmsOf(c, key) }, 200);
  });

/** An answer's harms as the analyst sees them: suggestions and decisions together. */
async function harmsOf(c: Context<AppEnv>, key: AnswerKey) {
  const [suggested, reviews] = await Promise.all([
    suggestedHarmsOf(c.var.db, key),
    harmReviewsOf(c.var.db, [key]),
  ]);
  return harmStatuses(suggested, reviews.get(answerTarget(key)) ?? []);
}
