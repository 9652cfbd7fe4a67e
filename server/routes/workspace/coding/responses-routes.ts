import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { today } from "../../../db/queries/responses";
import { listThemes } from "../../../db/queries/themes";
import { recentQuarters } from "../../../domain/periods/period";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { renderPage } from "../../../views/render-page";
import type { FilterValues } from "../../../views/workspace/coding/response-filters";
import { listHref, ResponsesPage } from "../../../views/workspace/coding/responses-page";
import { listingQuerySchema } from "./listing-query";
import { loadAnswers } from "./load-answers";
import { answerCardSchema, json, problem, signedInProblems } from "./schemas";

const listRoute = createRoute({
  method: "get",
  path: "/api/responses",
  tags: ["Officers: responses"],
  summary:
    "Free-text answers (redacted) with their survey, audience, language and day, applied themes and suggested harms; 50 a page, newest first",
  middleware: [requirePermission("responses:read")] as const,
  request: { query: listingQuerySchema },
  responses: {
    200: {
      description: "One page; pass `next` as `after` for the following one",
      ...json(z.object({ answers: z.array(answerCardSchema), next: z.string().nullable() })),
    },
    400: problem("A filter is not valid, or names a theme that does not exist"),
    ...signedInProblems,
  },
});

const FILTER_KEYS = [
  "survey",
  "audience",
  "period",
  "from",
  "to",
  "outcome",
  "harm",
  "theme",
  "coded",
] as const;

/**
 * Renders the responses page for the filters in `raw` (the address's query), with any problem the
 * officer must fix, so a bad filter or a bulk form sent without a theme shows on the same page.
 */
export async function renderResponses(
  c: Context<AppEnv>,
  raw: Record<string, string>,
  extra: { error?: { href: string; message: string }; selected?: ReadonlySet<string> } = {},
) {
  const { t } = c.var;
  const themes = await listThemes(c.var.db);
  const values: FilterValues = Object.fromEntries(FILTER_KEYS.flatMap((k) => (raw[k] ? [[k, raw[k]]] : [])));
  const parsed = listingQuerySchema.safeParse({ ...values, after: raw.after || undefined });
  const fieldErrors: Partial<Record<keyof FilterValues, string>> = {};
  let pageError: { href: string; message: string } | undefined;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if ((FILTER_KEYS as readonly string[]).includes(field)) {
        fieldErrors[field as keyof FilterValues] ??= t(`ws.coding.filters.invalid.${field}`);
      } else {
        pageError = { href: "#answers-heading", message: t("ws.coding.filters.invalid.page") };
      }
    }
  } else if (parsed.data.theme && !themes.some((th) => th.id === parsed.data.theme)) {
    fieldErrors.theme = t("ws.coding.filters.invalid.theme");
  }
  const ok = parsed.success && Object.keys(fieldErrors).length === 0 && !pageError;
  const page = ok ? await loadAnswers(c.var.db, parsed.data, themes) : { answers: [], next: null };
  const errors = [
    ...(extra.error ? [extra.error] : []),
    ...(pageError ? [pageError] : []),
    ...Object.entries(fieldErrors).map(([field, message]) => ({ href: `#${field}`, message: message ?? "" })),
  ];
  const applied = raw.applied && /^\d{1,4}$/.test(raw.applied) ? Number(raw.applied) : undefined;
  return renderPage(
    c,
    ResponsesPage({
      ...c.var.page,
      staff: staffOf(c),
      values,
      errors,
      fieldErrors,
      bulkError: extra.error?.href === "#bulk-theme" ? extra.error.message : undefined,
      selected: extra.selected ?? new Set(),
      applied,
      cards: page.answers,
      themes,
      quarters: recentQuarters(today(), 8),
      next: page.next,
      firstPage: !raw.after,
      returnTo: listHref(values, ok ? raw.after : undefined),
    }),
    errors.length > 0 ? 400 : 200,
  );
}

/** The responses list: JSON for scripts, and the page officers code from. */
export const responsesRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    const themes = await listThemes(c.var.db);
    if (query.theme && !themes.some((th) => th.id === query.theme)) {
      throw new Problem(400, "invalid_request", "There is no such theme.", [
        { path: "theme", message: `No theme has the id "${query.theme}".` },
      ]);
    }
    return c.json(await loadAnswers(c.var.db, query, themes), 200);
  })
  .get("/workspace/responses", requirePermission("responses:read"), (c) => renderResponses(c, c.req.query()));
