import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  createTheme,
  labelTaken,
  listThemes,
  type Theme,
  themeUseCounts,
  updateTheme,
} from "../../../db/queries/themes";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { inFrameworkOrder, newThemeSchema, themeChangeSchema } from "../../../domain/themes/theme-input";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { json, problem, signedInProblems, themeSchema } from "./schemas";

const tags = ["Officers: themes"];

const listRoute = createRoute({
  method: "get",
  path: "/api/themes",
  tags,
  summary: "The codebook: every theme with its outcomes, harms and how many answers carry it",
  middleware: [requirePermission("themes:read")] as const,
  responses: {
    200: { description: "Themes, live first", ...json(z.object({ themes: z.array(themeSchema) })) },
    ...signedInProblems,
  },
});

const createRouteDef = createRoute({
  method: "post",
  path: "/api/themes",
  tags,
  summary: "Add a theme (audited as theme.created); outcomes and harms are ids from surveys/framework.json",
  middleware: [requirePermission("themes:write")] as const,
  request: { body: { required: true, ...json(newThemeSchema.openapi("NewTheme")) } },
  responses: {
    201: { description: "Added", ...json(themeSchema) },
    400: problem("A field is missing or not valid, or another theme has this label"),
    ...signedInProblems,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/themes/{id}",
  tags,
  summary: "Change or retire a theme (audited as theme.updated); a retired theme stays on coded answers",
  middleware: [requirePermission("themes:write")] as const,
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(80)
        .openapi({ param: { name: "id", in: "path" } }),
    }),
    body: { required: true, ...json(themeChangeSchema.openapi("ThemeChange")) },
  },
  responses: {
    200: { description: "Changed", ...json(themeSchema) },
    400: problem("A field is not valid, or another theme has this label"),
    404: problem("No such theme"),
    ...signedInProblems,
  },
});

/** A theme as the API shows it, with its use count. */
export const withUses = (theme: Theme, uses: Map<string, number>) => ({
  ...theme,
  uses: uses.get(theme.id) ?? 0,
});

/** Ids kept once each, in the framework's order. */
export function tidyLinks<T extends { outcomes?: string[]; harms?: string[] }>(input: T): T {
  return {
    ...input,
    ...(input.outcomes ? { outcomes: inFrameworkOrder(input.outcomes, frameworkIds.outcomes) } : {}),
    ...(input.harms ? { harms: inFrameworkOrder(input.harms, frameworkIds.harms) } : {}),
  };
}

const duplicate = () =>
  new Problem(400, "invalid_request", "Another theme already has this label.", [
    { path: "label", message: "Another theme already has this label. Choose a different one." },
  ]);

const actorOf = (c: Context<AppEnv>) => ({ userId: staffOf(c).userId, email: staffOf(c).email });

/** The codebook as JSON. */
export const themesApiRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const [themes, uses] = await Promise.all([listThemes(c.var.db), themeUseCounts(c.var.db)]);
    return c.json({ themes: themes.map((th) => withUses(th, uses)) }, 200);
  })
  .openapi(createRouteDef, async (c) => {
    const input = tidyLinks(c.req.valid("json"));
    if (await labelTaken(c.var.db, input.label)) throw duplicate();
    const theme = await createTheme(c.var.db, input, actorOf(c));
    return c.json({ ...theme, uses: 0 }, 201);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid("param");
    const change = tidyLinks(c.req.valid("json"));
    if (change.label && (await labelTaken(c.var.db, change.label, id))) throw duplicate();
    const theme = await updateTheme(c.var.db, id, change, actorOf(c));
    if (!theme) throw new Problem(404, "not_found", `No theme has the id "${id}".`);
    return c.json(withUses(theme, await themeUseCounts(c.var.db)), 200);
  });
