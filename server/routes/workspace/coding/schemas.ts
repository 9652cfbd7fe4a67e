import { z } from "@hono/zod-openapi";
import { errorSchema } from "../../../http/error-schema";

/** JSON content of a schema, for createRoute. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
/** An error answer, described. */
export const problem = (description: string) => ({ description, ...json(errorSchema) });
/** The answers every officer endpoint can give besides its own. */
export const signedInProblems = {
  401: problem("Not signed in"),
  403: problem("Signed in, but the role does not allow this"),
};

/** A count as shown: exact, or hidden (`<10`, `[c]`) by small-number suppression. */
export const countSchema = z
  .union([
    z.object({ kind: z.literal("count"), value: z.number().int() }),
    z.object({ kind: z.literal("suppressed"), display: z.string() }),
  ])
  .openapi("Count");

const countRow = z.object({ key: z.string(), cell: countSchema });

export const overviewSchema = z
  .object({
    period: z.string().openapi({ example: "2026-Q3" }),
    from: z.string(),
    to: z.string(),
    k: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Suppression threshold; null when counts are exact" }),
    bySurvey: z.array(countRow),
    byAudience: z.array(countRow),
    total: countSchema,
    topThemes: z.array(countRow.extend({ label: z.string() })),
    openSafeguarding: countSchema,
    openContact: countSchema,
  })
  .openapi("Overview");

export const themeSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string(),
    outcomes: z.array(z.string()),
    harms: z.array(z.string()),
    retired: z.boolean(),
    addedOn: z.string(),
    uses: z.number().int().openapi({ description: "Answers coded with it (responses not withdrawn)" }),
  })
  .openapi("Theme");

const themeRef = z.object({ id: z.string(), label: z.string() });

export const harmStatusSchema = z.object({
  id: z.string(),
  suggested: z.boolean().openapi({ description: "Suggested by the text analysis" }),
  decision: z.enum(["accepted", "rejected"]).nullable(),
});

export const answerCardSchema = z
  .object({
    responseId: z.string(),
    questionId: z.string(),
    surveyId: z.string(),
    audience: z.string(),
    locale: z.string(),
    submittedOn: z.string(),
    text: z.string().openapi({ description: "The answer, redacted when it was submitted" }),
    themes: z.array(themeRef),
    harms: z.array(harmStatusSchema),
    suggestedThemes: z.array(themeRef),
  })
  .openapi("CodableAnswer");

export const answerParams = z.object({
  responseId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "responseId", in: "path" } }),
  questionId: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: "questionId", in: "path" } }),
});
