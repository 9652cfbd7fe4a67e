import type { Context } from "hono";
import { findVersion, listPublications, versionsOf } from "../../../db/queries/publications";
import { can } from "../../../domain/auth/roles";
import { filterOf, readerOf } from "../../../domain/publications/public-view";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { createDraft, publish, refreshDraft } from "../../../services/publish-publication";
import type { FieldError } from "../../../views/components/error-summary";
import { PublicationPage } from "../../../views/public/you-said-we-did/publication-page";
import { renderPage } from "../../../views/render-page";
import {
  PublicationAdminPage,
  PublicationsPage,
} from "../../../views/workspace/publishing/publications-page";
import { defaultTitle, draftChangeSchema, newPublicationSchema } from "./publication-input";
import { actorOf } from "./schemas";

const frame = (c: Context<AppEnv>) => ({
  ...c.var.page,
  staff: staffOf(c),
  canWrite: can(staffOf(c).role, "publications:write"),
});

async function listPage(
  c: Context<AppEnv>,
  form: { values?: { period: string; title: string }; errors?: FieldError[] } = {},
) {
  const rows = await listPublications(c.var.db);
  const values = form.values ?? { period: "", title: "" };
  const page = PublicationsPage({
    ...frame(c),
    rows,
    k: c.var.config.HEARD_SUPPRESSION_K,
    values,
    errors: form.errors ?? [],
  });
  return renderPage(c, page, form.errors?.length ? 400 : 200);
}

async function adminPage(
  c: Context<AppEnv>,
  id: string,
  form: { errors?: FieldError[]; typedTitle?: string } = {},
) {
  const versions = await versionsOf(c.var.db, id);
  if (versions.length === 0) return c.notFound();
  const done = c.req.query("done");
  const published = c.req.query("version");
  const notice =
    done === "drafted"
      ? c.var.t("ws.publishing.publications.drafted")
      : done === "published"
        ? c.var.t("ws.publishing.publications.publishedNotice", { version: published })
        : undefined;
  return renderPage(
    c,
    PublicationAdminPage({ ...frame(c), id, versions, notice, ...form }),
    form.errors?.length ? 400 : 200,
  );
}

/** Officers' publication pages: list and start, one publication, its preview, update and publish. */
export const publicationsPageRoutes = createRouter()
  .get("/workspace/publications", requirePermission("publications:read"), (c) => listPage(c))
  .post("/workspace/publications", requirePermission("publications:write"), async (c) => {
    const body = await c.req.parseBody();
    const values = { period: String(body.period ?? ""), title: String(body.title ?? "") };
    const parsed = newPublicationSchema.safeParse(values);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      const errors = [...fields].map((field) => ({
        href: `#${field}`,
        message: c.var.t(`ws.publishing.publications.${field === "title" ? "titleError" : "periodError"}`),
      }));
      return listPage(c, { values, errors });
    }
    const title = parsed.data.title || defaultTitle(parsed.data.period);
    const ref = await createDraft(c.var.db, c.var.config, { period: parsed.data.period, title }, actorOf(c));
    return c.redirect(`/workspace/publications/${ref.id}?done=drafted`, 303);
  })
  .get("/workspace/publications/:id", requirePermission("publications:read"), (c) =>
    adminPage(c, c.req.param("id")),
  )
  .get("/workspace/publications/:id/preview", requirePermission("publications:read"), async (c) => {
    const id = c.req.param("id");
    const newest = (await versionsOf(c.var.db, id)).at(-1);
    const row = newest && (await findVersion(c.var.db, id, newest.version));
    if (!row) return c.notFound();
    const filter = filterOf({ harm: c.req.query("harm"), outcome: c.req.query("outcome") });
    const page = PublicationPage({
      ...c.var.page,
      reader: readerOf(c.req.query("for")),
      filter,
      content: row.content,
      base: `/workspace/publications/${id}/preview`,
      preview: row.status === "draft",
    });
    return renderPage(c, page);
  })
  .post("/workspace/publications/:id/draft", requirePermission("publications:write"), async (c) => {
    const id = c.req.param("id");
    const newest = (await versionsOf(c.var.db, id)).at(-1);
    const current = newest && (await findVersion(c.var.db, id, newest.version));
    if (!current) return c.notFound();
    const typedTitle = String((await c.req.parseBody()).title ?? "");
    const parsed = draftChangeSchema.safeParse({ title: typedTitle });
    if (!parsed.success) {
      return adminPage(c, id, {
        typedTitle,
        errors: [{ href: "#title", message: c.var.t("ws.publishing.publications.titleError") }],
      });
    }
    const choice = { period: current.content.period, title: parsed.data.title || current.title };
    await refreshDraft(c.var.db, c.var.config, id, choice, actorOf(c));
    return c.redirect(`/workspace/publications/${id}?done=drafted`, 303);
  })
  .post("/workspace/publications/:id/publish", requirePermission("publications:write"), async (c) => {
    const id = c.req.param("id");
    const ref = await publish(c.var.db, c.var.config, id, actorOf(c));
    if (!ref) return c.notFound();
    return c.redirect(`/workspace/publications/${id}?done=published&version=${ref.version}`, 303);
  });
