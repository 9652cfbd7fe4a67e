import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { today } from "../../../db/queries/responses";
import { can } from "../../../domain/auth/roles";
import { QUARTER_PATTERN, recentQuarters } from "../../../domain/periods/period";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { renderPage } from "../../../views/render-page";
import { OverviewPage } from "../../../views/workspace/coding/overview-page";
import { loadOverview } from "./overview-data";
import { json, overviewSchema, problem, signedInProblems } from "./schemas";

const periodQuery = z.object({
  period: z
    .string()
    .regex(QUARTER_PATTERN, "Enter a quarter like 2026-Q3.")
    .optional()
    .openapi({ description: "A calendar quarter; the current one when left out", example: "2026-Q3" }),
});

const overviewRoute = createRoute({
  method: "get",
  path: "/api/overview",
  tags: ["Officers: overview"],
  summary:
    "Responses in a quarter by survey and audience, top themes, and how many safeguarding items and contact requests are open (counts only; suppressed for board members)",
  middleware: [requirePermission("overview:read")] as const,
  request: { query: periodQuery },
  responses: {
    200: { description: "The overview", ...json(overviewSchema) },
    400: problem("The period is not a quarter like 2026-Q3"),
    ...signedInProblems,
  },
});

const overviewFor = (c: Context<AppEnv>, period?: string) =>
  loadOverview(c.var.db, {
    role: staffOf(c).role,
    k: c.var.config.HEARD_SUPPRESSION_K,
    period,
    today: today(),
  });

/** The overview, as JSON and as the workspace's first page. */
export const overviewRoutes = createRouter()
  .openapi(overviewRoute, async (c) => c.json(await overviewFor(c, c.req.valid("query").period), 200))
  .get("/workspace", requirePermission("overview:read"), async (c) => {
    const asked = c.req.query("period");
    const valid = asked === undefined || asked === "" || QUARTER_PATTERN.test(asked);
    const overview = await overviewFor(c, valid && asked ? asked : undefined);
    const staff = staffOf(c);
    return renderPage(
      c,
      OverviewPage({
        ...c.var.page,
        staff,
        overview,
        quarters: recentQuarters(today(), 8),
        periodError: valid ? undefined : c.var.t("ws.coding.overview.periodInvalid"),
        canOpenSafeguarding: can(staff.role, "safeguarding:read"),
      }),
      valid ? 200 : 400,
    );
  });
