import { createRoute, z } from "@hono/zod-openapi";
import { findVersion, versionsOf } from "../../../db/queries/publications";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission } from "../../../http/require-staff";
import { createDraft, publish, refreshDraft } from "../../../services/publish-publication";
import { defaultTitle, draftChangeSchema, newPublicationSchema } from "./publication-input";
import { actorOf, json, pathParam, problem, signedInProblems, versionSchema } from "./schemas";

const tags = ["Officers: publications"];
const params = z.object({ id: pathParam("id") });
const periodDoc = {
  example: "2026-Q4",
  description: "A quarter (2026-Q4) or two dates (2026-10-01..2026-12-31)",
};

const createDraftRoute = createRoute({
  method: "post",
  path: "/api/publications",
  tags,
  summary:
    "Start a publication for a period: version 1, a draft built now (suppressed at HEARD_SUPPRESSION_K)",
  middleware: [requirePermission("publications:write")] as const,
  request: {
    body: {
      required: true,
      ...json(
        z
          .object({ period: z.string().openapi(periodDoc), title: z.string().optional() })
          .openapi("NewPublication"),
      ),
    },
  },
  responses: {
    201: { description: "Draft made", ...json(versionSchema) },
    400: problem("The period or title is not valid"),
    ...signedInProblems,
  },
});

const versionsRoute = createRoute({
  method: "get",
  path: "/api/publications/{id}/versions",
  tags,
  summary: "Every version of a publication, drafts included, without content",
  middleware: [requirePermission("publications:read")] as const,
  request: { params },
  responses: {
    200: {
      description: "Versions, oldest first",
      ...json(
        z.object({
          versions: z.array(
            versionSchema.extend({
              title: z.string(),
              periodFrom: z.string(),
              periodTo: z.string(),
              k: z.number().int(),
              publishedOn: z.string().nullable(),
            }),
          ),
        }),
      ),
    },
    404: problem("No such publication"),
    ...signedInProblems,
  },
});

const draftRoute = createRoute({
  method: "put",
  path: "/api/publications/{id}/draft",
  tags,
  summary:
    "Rebuild the draft from today's data (new period or title optional); after publishing, this starts version n+1",
  middleware: [requirePermission("publications:write")] as const,
  request: {
    params,
    body: {
      required: true,
      ...json(
        z
          .object({ period: z.string().optional().openapi(periodDoc), title: z.string().optional() })
          .openapi("DraftChange"),
      ),
    },
  },
  responses: {
    200: { description: "The draft", ...json(versionSchema) },
    400: problem("Not valid"),
    404: problem("No such publication"),
    ...signedInProblems,
  },
});

const publishRoute = createRoute({
  method: "post",
  path: "/api/publications/{id}/publish",
  tags,
  summary:
    "Publish the draft as previewed, or, when the newest version is published, a new version built now (audited)",
  middleware: [requirePermission("publications:write")] as const,
  request: { params },
  responses: {
    200: { description: "Published", ...json(versionSchema) },
    404: problem("No such publication"),
    ...signedInProblems,
  },
});

/** zod's verdict as our 400, one issue per field. */
function parsed<T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T {
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(body)",
    message: i.message,
  }));
  throw new Problem(400, "invalid_request", "Some of what was sent is not valid. See issues.", issues);
}

const noSuch = (id: string) => new Problem(404, "not_found", `No publication has the id "${id}".`);

/** Officers' publication JSON: start, list versions, rebuild the draft, publish. */
export const publicationsOfficerApiRoutes = createRouter()
  .openapi(createDraftRoute, async (c) => {
    const input = parsed(newPublicationSchema.safeParse(c.req.valid("json")));
    const title = input.title || defaultTitle(input.period);
    return c.json(
      await createDraft(c.var.db, c.var.config, { period: input.period, title }, actorOf(c)),
      201,
    );
  })
  .openapi(versionsRoute, async (c) => {
    const versions = await versionsOf(c.var.db, c.req.valid("param").id);
    if (versions.length === 0) throw noSuch(c.req.valid("param").id);
    return c.json({ versions }, 200);
  })
  .openapi(draftRoute, async (c) => {
    const { id } = c.req.valid("param");
    const change = parsed(draftChangeSchema.safeParse(c.req.valid("json")));
    const newest = (await versionsOf(c.var.db, id)).at(-1);
    const current = newest && (await findVersion(c.var.db, id, newest.version));
    if (!current) throw noSuch(id);
    const period = change.period ?? current.content.period;
    // A title made from the old period follows the new one; a title the officer wrote stays.
    const madeUp = current.title === defaultTitle(current.content.period);
    const title = change.title || (change.period && madeUp ? defaultTitle(period) : current.title);
    const ref = await refreshDraft(c.var.db, c.var.config, id, { period, title }, actorOf(c));
    if (!ref) throw noSuch(id);
    return c.json(ref, 200);
  })
  .openapi(publishRoute, async (c) => {
    const { id } = c.req.valid("param");
    const ref = await publish(c.var.db, c.var.config, id, actorOf(c));
    if (!ref) throw noSuch(id);
    return c.json(ref, 200);
  });
