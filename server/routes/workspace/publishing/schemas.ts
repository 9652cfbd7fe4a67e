import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor } from "../../../db/queries/themes";
import type { AppEnv } from "../../../http/app-env";
import { errorSchema } from "../../../http/error-schema";
import { staffOf } from "../../../http/require-staff";

/** JSON content of a schema, for createRoute. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
/** An error answer, described. */
export const problem = (description: string) => ({ description, ...json(errorSchema) });
/** The answers every officer endpoint can give besides its own. */
export const signedInProblems = {
  401: problem("Not signed in"),
  403: problem("Signed in, but the role does not allow this"),
};

/** A path parameter named `name`. */
export const pathParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name, in: "path" } });

/** The signed-in officer, as the audit trail names them. */
export const actorOf = (c: Context<AppEnv>): Actor => ({
  userId: staffOf(c).userId,
  email: staffOf(c).email,
});

const translation = z.object({ title: z.string().optional(), childSummary: z.string().optional() });

export const actionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    childSummary: z.string(),
    agency: z.enum(["council", "health", "police", "education", "voluntary-sector", "partnership"]),
    owningTeam: z.string(),
    status: z.enum(["planned", "in-progress", "done"]),
    startOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    doneOn: z.string().nullable(),
    themes: z.array(z.string()),
    outcomes: z.array(z.string()),
    translations: z.record(z.string(), translation),
    addedOn: z.string(),
    updatedOn: z.string(),
  })
  .openapi("Action");

export const listedActionSchema = actionSchema
  .extend({
    lastUpdateOn: z.string(),
    rag: z.enum(["red", "amber", "green", "done"]).openapi({
      description: "red: past due; amber: due within 14 days and not started, or no progress for 60 days",
    }),
  })
  .openapi("ListedAction");

export const actionNoteSchemaOut = z
  .object({
    id: z.string(),
    actionId: z.string(),
    writtenOn: z.string(),
    note: z.string(),
    authorId: z.string(),
  })
  .openapi("ActionNote");

export const quoteSchema = z
  .object({
    id: z.string(),
    responseId: z.string(),
    questionId: z.string(),
    themeId: z.string(),
    text: z.string(),
    status: z.enum(["approved", "rejected"]),
    decidedOn: z.string(),
  })
  .openapi("Quote");

export const versionSchema = z
  .object({ id: z.string(), version: z.number().int(), status: z.enum(["draft", "published"]) })
  .openapi("PublicationVersionRef");
