import type { Context } from "hono";
import type { z } from "zod";
import {
  createTheme,
  findTheme,
  labelTaken,
  listThemes,
  themeUseCounts,
  updateTheme,
} from "../../../db/queries/themes";
import { newThemeSchema } from "../../../domain/themes/theme-input";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import type { FieldError } from "../../../views/components/error-summary";
import { renderPage } from "../../../views/render-page";
import type { ThemeFormValues } from "../../../views/workspace/coding/theme-form";
import { EditThemePage, ThemesPage } from "../../../views/workspace/coding/themes-page";
import { tidyLinks, withUses } from "./themes-api";

type Form = Record<string, string | File | (string | File)[]>;
const one = (form: Form, name: string) => (typeof form[name] === "string" ? form[name] : "");
const all = (form: Form, name: string) =>
  [form[name] ?? []].flat().filter((v): v is string => typeof v === "string");

function valuesOf(form: Form): ThemeFormValues {
  return {
    label: one(form, "label"),
    description: one(form, "description"),
    outcomes: all(form, "outcomes"),
    harms: all(form, "harms"),
    retired: one(form, "retired") === "1",
  };
}

/** The page's words for what zod found wrong, one message per field, linked to that field. */
function fieldErrors(c: Context<AppEnv>, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const { t } = c.var;
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "label");
    const key =
      field === "label"
        ? issue.code === "too_big"
          ? "labelTooLong"
          : "labelMissing"
        : field === "description"
          ? "descriptionTooLong"
          : "notInFramework";
    if (!byField.has(field)) byField.set(field, t(`ws.coding.themes.errors.${key}`));
  }
  return [...byField].map(([field, message]) => ({
    href: `#${field === "outcomes" || field === "harms" ? `${field}-0` : field}`,
    message,
  }));
}

async function listPage(c: Context<AppEnv>, form: { values?: ThemeFormValues; errors?: FieldError[] } = {}) {
  const [themes, uses] = await Promise.all([listThemes(c.var.db), themeUseCounts(c.var.db)]);
  const added = c.req.query("added");
  return renderPage(
    c,
    ThemesPage({
      ...c.var.page,
      staff: staffOf(c),
      themes: themes.map((th) => withUses(th, uses)),
      values: form.values,
      errors: form.errors ?? [],
      added: themes.find((th) => th.id === added)?.label,
    }),
    form.errors?.length ? 400 : 200,
  );
}

const actorOf = (c: Context<AppEnv>) => ({ userId: staffOf(c).userId, email: staffOf(c).email });
const labelError = (c: Context<AppEnv>): FieldError => ({
  href: "#label",
  message: c.var.t("ws.coding.themes.errors.labelTaken"),
});

/** The codebook pages: list and add, and edit or retire one theme. Plain forms, post then redirect. */
export const themesPageRoutes = createRouter()
  .get("/workspace/themes", requirePermission("themes:read"), (c) => listPage(c))
  .post("/workspace/themes", requirePermission("themes:write"), async (c) => {
    const values = valuesOf(await c.req.parseBody({ all: true }));
    const parsed = newThemeSchema.safeParse(values);
    if (!parsed.success) return listPage(c, { values, errors: fieldErrors(c, parsed.error.issues) });
    if (await labelTaken(c.var.db, parsed.data.label))
      return listPage(c, { values, errors: [labelError(c)] });
    const theme = await createTheme(c.var.db, tidyLinks(parsed.data), actorOf(c));
    return c.redirect(`/workspace/themes?added=${encodeURIComponent(theme.id)}#theme-${theme.id}`, 303);
  })
  .get("/workspace/themes/:id", requirePermission("themes:read"), async (c) => {
    const theme = await findTheme(c.var.db, c.req.param("id"));
    if (!theme) return c.notFound();
    return renderPage(
      c,
      EditThemePage({ ...c.var.page, staff: staffOf(c), theme, values: theme, errors: [] }),
    );
  })
  .post("/workspace/themes/:id", requirePermission("themes:write"), async (c) => {
    const theme = await findTheme(c.var.db, c.req.param("id"));
    if (!theme) return c.notFound();
    const values = valuesOf(await c.req.parseBody({ all: true }));
    const parsed = newThemeSchema.safeParse(values);
    const errors = parsed.success ? [] : fieldErrors(c, parsed.error.issues);
    if (parsed.success && (await labelTaken(c.var.db, parsed.data.label, theme.id)))
      errors.push(labelError(c));
    if (!parsed.success || errors.length > 0) {
      return renderPage(c, EditThemePage({ ...c.var.page, staff: staffOf(c), theme, values, errors }), 400);
    }
    await updateTheme(c.var.db, theme.id, { ...tidyLinks(parsed.data), retired: values.retired }, actorOf(c));
    return c.redirect(`/workspace/themes#theme-${theme.id}`, 303);
  });
