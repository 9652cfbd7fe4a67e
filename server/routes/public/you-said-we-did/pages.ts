import type { Context } from "hono";
import {
  findVersion,
  latestPublished,
  latestPublishedOf,
  listPublished,
  type PublicationRow,
  versionsOf,
} from "../../../db/queries/publications";
import { filterOf, readerOf } from "../../../domain/publications/public-view";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { YsdHomePage } from "../../../views/public/you-said-we-did/home-page";
import { PublicationPage } from "../../../views/public/you-said-we-did/publication-page";
import { renderPage } from "../../../views/render-page";
import { feedResponse } from "./feed";

const ID = "[a-z0-9][a-z0-9-]{0,79}";

/** Who the page is for and what it is narrowed to, from the query string. */
const viewOf = (c: Context<AppEnv>) => ({
  reader: readerOf(c.req.query("for")),
  filter: filterOf({ harm: c.req.query("harm"), outcome: c.req.query("outcome") }),
});

async function versionPage(c: Context<AppEnv>, row: PublicationRow | undefined, base: string) {
  if (row?.status !== "published") return c.notFound();
  const all = (await versionsOf(c.var.db, row.id)).filter((v) => v.status === "published");
  return renderPage(
    c,
    PublicationPage({
      ...c.var.page,
      ...viewOf(c),
      content: row.content,
      base,
      version: { id: row.id, number: row.version, publishedOn: row.publishedOn, all },
    }),
  );
}

/** The public "you said, we did" pages and their Atom feed; no sign-in, nothing but published versions. */
export const ysdPageRoutes = createRouter()
  .get("/you-said-we-did", async (c) => {
    const [latest, archive] = await Promise.all([latestPublished(c.var.db), listPublished(c.var.db)]);
    return renderPage(c, YsdHomePage({ ...c.var.page, ...viewOf(c), latest, archive }));
  })
  // Before `/:id`, which would otherwise take "feed.xml" for a publication's id.
  .get("/you-said-we-did/feed.xml", feedResponse)
  .get(`/you-said-we-did/:id{${ID}}`, async (c) => {
    const id = c.req.param("id");
    return versionPage(c, await latestPublishedOf(c.var.db, id), `/you-said-we-did/${id}`);
  })
  .get(`/you-said-we-did/:id{${ID}}/v/:version{[1-9][0-9]{0,5}}`, async (c) => {
    const { id, version } = c.req.param();
    return versionPage(
      c,
      await findVersion(c.var.db, id, Number(version)),
      `/you-said-we-did/${id}/v/${version}`,
    );
  });
