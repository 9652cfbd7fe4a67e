import { createRoute, z } from "@hono/zod-openapi";
import type { Db } from "../../../db/db";
import {
  findVersion,
  latestPublished,
  latestPublishedOf,
  type PublicationRow,
  versionsOf,
} from "../../../db/queries/publications";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { json, notFound, publicationSchema } from "./schemas";

const tags = ["Publications"];

const latestRoute = createRoute({
  method: "get",
  path: "/api/publications/latest",
  tags,
  summary: 'The latest "you said, we did": the highest published version of the newest publication',
  responses: { 200: { description: "The publication", ...json(publicationSchema) }, 404: notFound },
});

const oneRoute = createRoute({
  method: "get",
  path: "/api/publications/{id}",
  tags,
  summary: "One publication: its highest published version, or the version asked for",
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(80)
        .openapi({ param: { name: "id", in: "path" }, example: "2026-q4" }),
    }),
    query: z.object({ version: z.coerce.number().int().min(1).optional().openapi({ example: 1 }) }),
  },
  responses: { 200: { description: "The publication", ...json(publicationSchema) }, 404: notFound },
});

/** A published version as the API shows it: where it lives, then its frozen snapshot. */
async function asJson(db: Db, row: PublicationRow) {
  const versions = (await versionsOf(db, row.id))
    .filter((v) => v.status === "published")
    .map((v) => v.version);
  return {
    id: row.id,
    version: row.version,
    publishedOn: row.publishedOn,
    versions,
    ...row.content,
    k: row.k,
  };
}

const nothing = (what: string) => new Problem(404, "not_found", what);

/** Public JSON for published versions only: drafts are never served here. */
export const publicationsApiRoutes = createRouter()
  .openapi(latestRoute, async (c) => {
    const row = await latestPublished(c.var.db);
    if (!row) throw nothing("Nothing has been published yet.");
    return c.json(await asJson(c.var.db, row), 200);
  })
  .openapi(oneRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { version } = c.req.valid("query");
    const row = version ? await findVersion(c.var.db, id, version) : await latestPublishedOf(c.var.db, id);
    if (row?.status !== "published") {
      throw nothing(
        version
          ? `Publication "${id}" has no published version ${version}.`
          : `No publication "${id}" has been published.`,
      );
    }
    return c.json(await asJson(c.var.db, row), 200);
  });
