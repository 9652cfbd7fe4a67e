import { createRoute, z } from "@hono/zod-openapi";
import { findQuote, quoteCandidates } from "../../../db/queries/quotes";
import { findTheme } from "../../../db/queries/themes";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission } from "../../../http/require-staff";
import { type DecisionFailure, decide, EXCERPT_MESSAGES, redecide } from "./quote-decisions";
import { actorOf, json, pathParam, problem, quoteSchema, signedInProblems } from "./schemas";

const tags = ["Officers: quotes"];
const excerpt = z
  .string()
  .max(2000)
  .openapi({ description: "≤ 200 characters, an unbroken run of the answer's own words" });
const decision = z.enum(["approved", "rejected"]);

const candidateSchema = z
  .object({
    responseId: z.string(),
    questionId: z.string(),
    surveyId: z.string(),
    audience: z.string(),
    submittedOn: z.string(),
    text: z.string().openapi({ description: "The answer, redacted when it was submitted" }),
    quoteId: z.string().nullable(),
    quoteText: z.string().nullable(),
    quoteStatus: decision.nullable(),
  })
  .openapi("QuoteCandidate");

const listRoute = createRoute({
  method: "get",
  path: "/api/themes/{id}/quotes",
  tags,
  summary: "Answers coded with a theme that could be quoted, undecided first, with any decision taken",
  middleware: [requirePermission("publications:write")] as const,
  request: { params: z.object({ id: pathParam("id") }) },
  responses: {
    200: { description: "Candidates", ...json(z.object({ candidates: z.array(candidateSchema) })) },
    404: problem("No such theme"),
    ...signedInProblems,
  },
});

const decideRoute = createRoute({
  method: "post",
  path: "/api/themes/{id}/quotes",
  tags,
  summary: "Approve a short excerpt of one coded answer as a quote for the theme, or reject it (audited)",
  middleware: [requirePermission("publications:write")] as const,
  request: {
    params: z.object({ id: pathParam("id") }),
    body: {
      required: true,
      ...json(
        z
          .object({
            responseId: z.string().min(1).max(64),
            questionId: z.string().min(1).max(80),
            text: excerpt.optional(),
            status: decision,
          })
          .openapi("QuoteDecision"),
      ),
    },
  },
  responses: {
    201: { description: "Decided", ...json(quoteSchema) },
    400: problem("The excerpt is empty, longer than 200 characters, or not the answer's own words"),
    404: problem("No such theme, or the answer is not coded with it"),
    ...signedInProblems,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/quotes/{id}",
  tags,
  summary: "Shorten an approved quote, approve a rejected one, or reject it (audited)",
  middleware: [requirePermission("publications:write")] as const,
  request: {
    params: z.object({ id: pathParam("id") }),
    body: {
      required: true,
      ...json(
        z
          .object({ text: excerpt.optional(), status: decision.optional() })
          .refine((c) => c.text !== undefined || c.status !== undefined, "Send the text, the status or both.")
          .openapi("QuoteChange"),
      ),
    },
  },
  responses: {
    200: { description: "Changed", ...json(quoteSchema) },
    400: problem("The excerpt breaks the rule"),
    404: problem("No such quote, or its answer is no longer coded with the theme"),
    ...signedInProblems,
  },
});

function refuse(failure: DecisionFailure): never {
  if (failure.kind === "noAnswer") {
    throw new Problem(404, "not_found", "That answer is not a free-text answer coded with this theme.");
  }
  const message = EXCERPT_MESSAGES[failure.problem];
  throw new Problem(400, "invalid_request", message, [{ path: "text", message }]);
}

const noTheme = (id: string) => new Problem(404, "not_found", `No theme has the id "${id}".`);
const view = (q: {
  id: string;
  responseId: string;
  questionId: string;
  themeId: string;
  text: string;
  status: "approved" | "rejected";
  decidedOn: string;
}) => ({
  id: q.id,
  responseId: q.responseId,
  questionId: q.questionId,
  themeId: q.themeId,
  text: q.text,
  status: q.status,
  decidedOn: q.decidedOn,
});

/** Quotes as JSON: candidates for a theme, a decision on one, a change to one. */
export const quotesApiRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await findTheme(c.var.db, id))) throw noTheme(id);
    return c.json({ candidates: await quoteCandidates(c.var.db, id) }, 200);
  })
  .openapi(decideRoute, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await findTheme(c.var.db, id))) throw noTheme(id);
    const result = await decide(c.var.db, { ...c.req.valid("json"), themeId: id }, actorOf(c));
    if (!result.ok) refuse(result.failure);
    return c.json(view(result.quote), 201);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid("param");
    const quote = await findQuote(c.var.db, id);
    if (!quote) throw new Problem(404, "not_found", `No quote has the id "${id}".`);
    const result = await redecide(c.var.db, quote, c.req.valid("json"), actorOf(c));
    if (!result.ok) refuse(result.failure);
    return c.json(view(result.quote), 200);
  });
