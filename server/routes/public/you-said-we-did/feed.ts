import type { Context } from "hono";
import { listPublished } from "../../../db/queries/publications";
import { atomFeed } from "../../../domain/publications/atom-feed";
import type { AppEnv } from "../../../http/app-env";
import { formatsFor } from "../../../views/public/you-said-we-did/format";

/** The site's public address: HEARD_ORIGIN behind a proxy, else the origin the request reached. */
export function publicOrigin(c: Context<AppEnv>): string {
  return (c.var.config.HEARD_ORIGIN ?? new URL(c.req.url).origin).replace(/\/+$/, "");
}

/** `/you-said-we-did/feed.xml`: every published version, newest first, as Atom 1.0 with absolute links. */
export async function feedResponse(c: Context<AppEnv>): Promise<Response> {
  const { t } = c.var;
  const origin = publicOrigin(c);
  const published = await listPublished(c.var.db);
  const f = formatsFor(c.var.locale);
  const entries = [...published]
    .sort((a, b) => (b.publishedOn ?? "").localeCompare(a.publishedOn ?? ""))
    .map((v) => ({
      url: `${origin}/you-said-we-did/${v.id}/v/${v.version}`,
      title: t("ysd.feed.entry", { title: v.title, version: v.version }),
      summary: t("ysd.period", { from: f.day(v.periodFrom), to: f.day(v.periodTo) }),
      publishedOn: v.publishedOn ?? "",
    }));
  const body = atomFeed(
    {
      id: `${origin}/you-said-we-did`,
      selfUrl: `${origin}/you-said-we-did/feed.xml`,
      pageUrl: `${origin}/you-said-we-did`,
      title: t("ysd.feed.title"),
      subtitle: t("ysd.feed.subtitle"),
      author: t("site.name"),
      lang: c.var.locale,
    },
    entries,
  );
  return c.body(body, 200, { "content-type": "application/atom+xml; charset=utf-8" });
}
