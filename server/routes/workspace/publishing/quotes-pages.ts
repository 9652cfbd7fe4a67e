import type { Context } from "hono";
import { approvedQuoteCounts, quoteCandidates } from "../../../db/queries/quotes";
import { findTheme, listThemes } from "../../../db/queries/themes";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import type { FieldError } from "../../../views/components/error-summary";
import { renderPage } from "../../../views/render-page";
import { excerptId, QuoteThemesPage, ThemeQuotesPage } from "../../../views/workspace/publishing/quotes-page";
import { decide } from "./quote-decisions";
import { actorOf } from "./schemas";

const PATH = "/workspace/publishing/quotes";

async function themePage(
  c: Context<AppEnv>,
  themeId: string,
  form: { errors?: FieldError[]; typed?: Record<string, string> } = {},
) {
  const theme = await findTheme(c.var.db, themeId);
  if (!theme) return c.notFound();
  const candidates = await quoteCandidates(c.var.db, theme.id);
  const page = ThemeQuotesPage({
    ...c.var.page,
    staff: staffOf(c),
    theme,
    candidates,
    errors: form.errors ?? [],
    typed: form.typed ?? {},
    saved: c.req.query("done") === "1",
  });
  return renderPage(c, page, form.errors?.length ? 400 : 200);
}

/** Choosing quotes: pick a theme, then approve or reject its coded answers one at a time. */
export const quotesPageRoutes = createRouter()
  .get(PATH, requirePermission("publications:write"), async (c) => {
    const themeId = c.req.query("theme");
    if (themeId) return themePage(c, themeId);
    const [themes, approved] = await Promise.all([listThemes(c.var.db), approvedQuoteCounts(c.var.db)]);
    return renderPage(c, QuoteThemesPage({ ...c.var.page, staff: staffOf(c), themes, approved }));
  })
  .post(PATH, requirePermission("publications:write"), async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === "string" ? form[name] : "");
    const key = { responseId: field("responseId"), questionId: field("questionId") };
    const themeId = field("theme");
    const status = field("decision") === "rejected" ? "rejected" : "approved";
    const result = await decide(c.var.db, { ...key, themeId, text: field("excerpt"), status }, actorOf(c));
    if (!result.ok) {
      const id = excerptId(key);
      const problem = result.failure.kind === "noAnswer" ? "noAnswer" : result.failure.problem;
      const message = c.var.t(`ws.publishing.quotes.errors.${problem}`);
      return themePage(c, themeId, {
        errors: [{ href: `#${id}`, message }],
        typed: { [id]: field("excerpt") },
      });
    }
    const anchor = `answer-${key.responseId}-${key.questionId}`;
    return c.redirect(`${PATH}?theme=${encodeURIComponent(themeId)}&done=1#${anchor}`, 303);
  });
