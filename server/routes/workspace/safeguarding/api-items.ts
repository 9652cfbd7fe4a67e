import { createRoute, z } from "@hono/zod-openapi";
import { today } from "../../../db/queries/responses";
import { listQueueItems } from "../../../db/queries/safeguarding-queue";
import { ITEM_STATUSES, OPEN_ITEM_STATUSES } from "../../../domain/safeguarding/queue-status";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { staffOf } from "../../../http/require-staff";
import { sealingKey } from "../../../services/sealing-key";
import { canRead, canWrite, guarded, json, openerFor, problem, tags } from "./api-support";
import { describeItem } from "./describe";
import { openItem } from "./open-sealed";
import { addNote, changeItemStatus } from "./queue-changes";
import {
  idParam,
  itemListQuery,
  itemStatusBody,
  itemSummarySchema,
  noteBody,
  openedItemSchema,
  PAGE_SIZE,
} from "./schemas";

const listRoute = createRoute({
  method: "get",
  path: "/api/safeguarding/items",
  tags,
  middleware: canRead,
  summary: "The safeguarding queue, oldest first (open items unless ?status=); never the original text",
  request: { query: itemListQuery },
  responses: {
    200: {
      description: "One page of items",
      ...json(
        z.object({
          items: z.array(itemSummarySchema),
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
  path: "/api/safeguarding/items/{id}",
  tags,
  middleware: canRead,
  summary: "Open an item: the original text, decrypted. Every opening is written to the audit log first.",
  request: { params: idParam },
  responses: {
    200: { description: "The item with its text and notes", ...json(z.object({ item: openedItemSchema })) },
    404: problem("No such item"),
    ...guarded,
  },
});

const statusRoute = createRoute({
  method: "post",
  path: "/api/safeguarding/items/{id}/status",
  tags,
  middleware: canWrite,
  summary: "Change an item's status (closing dates it; reopening clears the date); audited",
  request: { params: idParam, body: { required: true, ...json(itemStatusBody) } },
  responses: {
    200: { description: "The item now", ...json(z.object({ item: itemSummarySchema })) },
    400: problem(`status must be one of ${ITEM_STATUSES.join(", ")}`),
    404: problem("No such item"),
    ...guarded,
  },
});

const noteRoute = createRoute({
  method: "post",
  path: "/api/safeguarding/items/{id}/notes",
  tags,
  middleware: canWrite,
  summary: "Add a note to an item (stored encrypted; the audit log records that, not what, was written)",
  request: { params: idParam, body: { required: true, ...json(noteBody) } },
  responses: {
    201: {
      description: "Added",
      ...json(z.object({ note: z.object({ id: z.string(), writtenAt: z.string() }) })),
    },
    400: problem("Empty or longer than 4000 characters"),
    404: problem("No such item"),
    ...guarded,
  },
});

const noItem = () => new Problem(404, "not_found", "There is no safeguarding item with that id.");

/** The queue's JSON API for possible disclosures; only the `safeguarding` role reaches it. */
export const safeguardingItemApi = createRouter()
  .openapi(listRoute, async (c) => {
    const { status, page } = c.req.valid("query");
    const statuses = status === "open" ? OPEN_ITEM_STATUSES : status === "all" ? ITEM_STATUSES : [status];
    const found = await listQueueItems(c.var.db, {
      statuses,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const now = today();
    const items = found.rows.map((row) => describeItem(row, c.var.locale, now));
    return c.json({ items, total: found.total, page, pageSize: PAGE_SIZE }, 200);
  })
  .openapi(openRoute, async (c) => {
    const item = await openItem(await openerFor(c), c.req.valid("param").id);
    if (!item) throw noItem();
    return c.json({ item }, 200);
  })
  .openapi(statusRoute, async (c) => {
    const { id } = c.req.valid("param");
    const item = await changeItemStatus(c.var.db, staffOf(c), id, c.req.valid("json").status);
    if (!item) throw noItem();
    return c.json({ item: describeItem(item, c.var.locale, today()) }, 200);
  })
  .openapi(noteRoute, async (c) => {
    const { id } = c.req.valid("param");
    const key = await sealingKey(c.var.config);
    const note = await addNote(c.var.db, key, staffOf(c), { kind: "item", id }, c.req.valid("json").note);
    if (!note) throw noItem();
    return c.json({ note }, 201);
  });
