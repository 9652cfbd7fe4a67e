import { createRoute, z } from "@hono/zod-openapi";
import { listAudit } from "../../../db/queries/audit-log";
import { CSV_CONTENT_TYPE } from "../../../domain/export/csv";
import { createRouter } from "../../../http/create-router";
import { errorSchema } from "../../../http/error-schema";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { exportAudit } from "./audit-export";
import { auditQuery, toAuditFilter } from "./audit-filter";

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const problem = (description: string) => ({ description, ...json(errorSchema) });
const tags = ["Officers: audit"];
const middleware = requirePermission("audit:read");
const guarded = { 401: problem("Not signed in"), 403: problem("Only an admin may read the audit log") };

/** Rows per API page unless ?limit= says otherwise. */
const DEFAULT_LIMIT = 100;

const eventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi("AuditEvent");

const listRoute = createRoute({
  method: "get",
  path: "/api/audit",
  tags,
  middleware,
  summary: "The audit log, newest first, filtered; page back with ?before=<nextBefore>",
  request: {
    query: auditQuery.extend({ limit: z.coerce.number().int().min(1).max(500).default(DEFAULT_LIMIT) }),
  },
  responses: {
    200: {
      description: "One page of events",
      ...json(z.object({ events: z.array(eventSchema), nextBefore: z.number().int().nullable() })),
    },
    400: problem("A filter that is not valid"),
    ...guarded,
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/api/audit.csv",
  tags,
  middleware,
  summary: "The filtered audit log as CSV (RFC 4180, UTF-8 with BOM); the export is itself audited",
  request: { query: auditQuery },
  responses: {
    200: { description: "The CSV file", content: { "text/csv": { schema: z.string() } } },
    400: problem("A filter that is not valid"),
    ...guarded,
  },
});

/** The audit log's JSON and CSV API, for admins only. */
export const auditApi = createRouter()
  .openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    // One more than asked for says whether there is an older page.
    const rows = await listAudit(c.var.db, { ...toAuditFilter(query), limit: query.limit + 1 });
    const events = rows.slice(0, query.limit);
    const nextBefore = rows.length > query.limit ? (events[events.length - 1]?.id ?? null) : null;
    return c.json({ events, nextBefore }, 200);
  })
  .openapi(exportRoute, async (c) => {
    const filter = toAuditFilter({ ...c.req.valid("query"), before: undefined });
    const csv = await exportAudit(c.var.db, staffOf(c), filter);
    const day = new Date().toISOString().slice(0, 10);
    c.header("Content-Type", CSV_CONTENT_TYPE);
    c.header("Content-Disposition", `attachment; filename="heard-audit-log-${day}.csv"`);
    return c.body(csv, 200);
  });
