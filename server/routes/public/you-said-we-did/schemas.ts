import { z } from "@hono/zod-openapi";
import { errorSchema } from "../../../http/error-schema";

/** JSON content of a schema, for createRoute. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

const count = z
  .union([
    z.object({ kind: z.literal("count"), value: z.number().int() }),
    z.object({ kind: z.literal("suppressed"), display: z.string().openapi({ example: "<10" }) }),
  ])
  .openapi("PublishedCount", {
    description: "A count that passed suppression: the number, or `<k` / `[c]` in its place",
  });
const byAudience = z.array(z.object({ audience: z.string(), cell: count }));
const status = z.enum(["planned", "in-progress", "done"]);

/** A published version: its address, then the frozen snapshot with the threshold `k` it was suppressed at. */
export const publicationSchema = z
  .object({
    id: z.string().openapi({ example: "2026-q4" }),
    version: z.number().int().openapi({ example: 1 }),
    publishedOn: z.string().nullable(),
    versions: z
      .array(z.number().int())
      .openapi({ description: "Every published version of this publication" }),
    k: z.number().int().openapi({ description: "Counts from 1 to k−1 were hidden", example: 10 }),
    period: z.object({ id: z.string(), from: z.string(), to: z.string() }),
    title: z.string(),
    weAsked: z.object({
      surveys: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          firstMonth: z.string(),
          lastMonth: z.string(),
          tookPart: count,
          byAudience,
        }),
      ),
      byAudience,
      total: count,
    }),
    youSaid: z.object({
      themes: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          description: z.string(),
          harms: z.array(z.string()),
          outcomes: z.array(z.string()),
          count,
          quotes: z.array(z.object({ id: z.string(), text: z.string(), lang: z.string().optional() })),
        }),
      ),
    }),
    weDid: z.object({
      actions: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          description: z.string(),
          childSummary: z.string(),
          agency: z.string(),
          owningTeam: z.string(),
          status,
          startOn: z.string().nullable(),
          dueOn: z.string().nullable(),
          doneOn: z.string().nullable(),
          themes: z.array(z.string()),
          outcomes: z.array(z.string()),
          harms: z.array(z.string()),
          translations: z.record(
            z.string(),
            z.object({ title: z.string().optional(), childSummary: z.string().optional() }),
          ),
        }),
      ),
    }),
  })
  .openapi("Publication");

export const notFound = { description: "Nothing published (yet) at this address", ...json(errorSchema) };
