import { z } from "@hono/zod-openapi";
import type { ListingFilter } from "../../../db/queries/responses-listing";
import type { Theme } from "../../../db/queries/themes";
import { isDay, QUARTER_PATTERN, quarterRange } from "../../../domain/periods/period";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { decodeCursor } from "../../../domain/themes/listing-cursor";

/** Answers per page: enough to code in a sitting, few enough for a quick page. */
export const PAGE_SIZE = 50;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "Use an id of lower-case letters, digits and hyphens.");
const day = z.string().refine(isDay, "Enter a real date as YYYY-MM-DD.");

/** The filters of the responses list, as `GET /api/responses` and the page take them. */
export const listingQuerySchema = z
  .object({
    survey: id.optional().openapi({ description: "A survey id", example: "staying-safe" }),
    audience: z.enum(frameworkIds.audiences).optional(),
    period: z
      .string()
      .regex(QUARTER_PATTERN, "Enter a quarter like 2026-Q3.")
      .optional()
      .openapi({ description: "A calendar quarter (Q1 is January to March)", example: "2026-Q3" }),
    from: day.optional().openapi({ description: "First day, YYYY-MM-DD (instead of period)" }),
    to: day.optional().openapi({ description: "Last day, YYYY-MM-DD, included (instead of period)" }),
    outcome: z
      .enum(frameworkIds.outcomes)
      .optional()
      .openapi({ description: "Answers coded with a theme linked to this strategy outcome" }),
    harm: z
      .enum(frameworkIds.harms)
      .optional()
      .openapi({ description: "Answers with this harm suggested (and not rejected) or accepted" }),
    theme: id.optional().openapi({ description: "Answers coded with this theme" }),
    coded: z.enum(["yes", "no"]).optional().openapi({ description: "Only coded, or only uncoded, answers" }),
    after: z.string().max(400).optional().openapi({ description: "The `next` cursor of the previous page" }),
    limit: z.coerce.number().int().min(1).max(100).default(PAGE_SIZE),
  })
  .superRefine((q, ctx) => {
    if (q.period && (q.from || q.to)) {
      ctx.addIssue({ code: "custom", path: ["period"], message: "Choose a quarter or dates, not both." });
    }
    if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "The last day must be on or after the first." });
    }
    if (q.after && !decodeCursor(q.after)) {
      ctx.addIssue({ code: "custom", path: ["after"], message: "This page link is not valid; start again." });
    }
  });

export type ListingQuery = z.infer<typeof listingQuerySchema>;

/** The database filter for a checked query; `themes` turns an outcome into the themes linked to it. */
export function toListingFilter(query: ListingQuery, themes: readonly Theme[]): ListingFilter {
  const range = query.period ? quarterRange(query.period) : undefined;
  const codedWith: string[][] = [];
  if (query.theme) codedWith.push([query.theme]);
  if (query.outcome) {
    const outcome = query.outcome;
    codedWith.push(themes.filter((t) => t.outcomes.includes(outcome)).map((t) => t.id));
  }
  return {
    surveyId: query.survey,
    audience: query.audience,
    from: range?.from ?? query.from,
    to: range?.to ?? query.to,
    codedWith,
    harm: query.harm,
    coded: query.coded === undefined ? undefined : query.coded === "yes",
    after: query.after ? decodeCursor(query.after) : undefined,
    limit: query.limit,
  };
}
