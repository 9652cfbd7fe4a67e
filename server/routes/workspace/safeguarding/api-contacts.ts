import { createRoute, z } from "@hono/zod-openapi";
import { listContactRequests } from "../../../db/queries/contact-requests";
import { today } from "../../../db/queries/responses";
import { CONTACT_STATUSES } from "../../../domain/safeguarding/queue-status";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { staffOf } from "../../../http/require-staff";
import { sealingKey } from "../../../services/sealing-key";
import { canRead, canWrite, guarded, json, openerFor, problem, tags } from "./api-support";
import { describeContact } from "./describe";
import { openContact } from "./open-sealed";
import { addNote, changeContactStatus } from "./queue-changes";
import {
  contactListQuery,
  contactStatusBody,
  contactSummarySchema,
  idParam,
  noteBody,
  openedContactSchema,
  PAGE_SIZE,
} from "./schemas";

const listRoute = createRoute({
  method: "get",
  path: "/api/safeguarding/contact-requests",
  tags,
  middleware: canRead,
  summary: "Requests to talk to someone, oldest first (waiting ones unless ?status=); never the details",
  request: { query: contactListQuery },
  responses: {
    200: {
      description: "One page of requests",
      ...json(
        z.object({
          requests: z.array(contactSummarySchema),
          total: z.number().int(),
          page: z.number().int(),
          pageSize: z.number().int(),
        }),
      ),
    },
    400: problem("Unknown status or page"),
    ...guarded,
  },
});

const openRoute = createRoute({
  method: "get",
  path: "/api/safeguarding/contact-requests/{id}",
  tags,
  middleware: canRead,
  summary: "Open a request: how to reach the person, decrypted. Every opening is audited first.",
  request: { params: idParam },
  responses: {
    200: { description: "The request with its details", ...json(z.object({ request: openedContactSchema })) },
    404: problem("No such request"),
    ...guarded,
  },
});

const statusRoute = createRoute({
  method: "post",
  path: "/api/safeguarding/contact-requests/{id}/status",
  tags,
  middleware: canWrite,
  summary: "Mark a request actioned (dated) or back to new; audited",
  request: { params: idParam, body: { required: true, ...json(contactStatusBody) } },
  responses: {
    200: { description: "The request now", ...json(z.object({ request: contactSummarySchema })) },
    400: problem(`status must be one of ${CONTACT_STATUSES.join(", ")}`),
    404: problem("No such request"),
    ...guarded,
  },
});

const noteRoute = createRoute({
  method: "post",
  path: "/api/safeguarding/contact-requests/{id}/notes",
  tags,
  middleware: canWrite,
  summary: "Add a note to a request (stored encrypted; never in the audit log)",
  request: { params: idParam, body: { required: true, ...json(noteBody) } },
  responses: {
    201: {
      description: "Added",
      ...json(z.object({ note: z.object({ id: z.string(), writtenAt: z.string() }) })),
    },
    400: problem("Empty or longer than 4000 characters"),
    404: problem("No such request"),
    ...guarded,
  },
});

const noRequest = () => new Problem(404, "not_found", "There is no contact request with that id.");

/** The queue's JSON API for requests to talk to someone; only the `safeguarding` role reaches it. */
export const contactRequestApi = createRouter()
  .openapi(listRoute, async (c) => {
    const { status, page } = c.req.valid("query");
    const found = await listContactRequests(c.var.db, {
      statuses: status === "all" ? CONTACT_STATUSES : [status],
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const now = today();
    const requests = found.rows.map((row) => describeContact(row, now));
    return c.json({ requests, total: found.total, page, pageSize: PAGE_SIZE }, 200);
  })
  .openapi(openRoute, async (c) => {
    const request = await openContact(await openerFor(c), c.req.valid("param").id);
    if (!request) throw noRequest();
    return c.json({ request }, 200);
  })
  .openapi(statusRoute, async (c) => {
    const { id } = c.req.valid("param");
    const request = await changeContactStatus(c.var.db, staffOf(c), id, c.req.valid("json").status);
    if (!request) throw noRequest();
    return c.json({ request: describeContact(request, today()) }, 200);
  })
  .openapi(noteRoute, async (c) => {
    const { id } = c.req.valid("param");
    const key = await sealingKey(c.var.config);
    const note = await addNote(c.var.db, key, staffOf(c), { kind: "contact", id }, c.req.valid("json").note);
    if (!note) throw noRequest();
    return c.json({ note }, 201);
  });
