import type { Context } from "hono";
import { listContactRequests } from "../../../db/queries/contact-requests";
import { today } from "../../../db/queries/responses";
import { listQueueItems } from "../../../db/queries/safeguarding-queue";
import {
  CONTACT_STATUSES,
  ITEM_STATUSES,
  OPEN_ITEM_STATUSES,
} from "../../../domain/safeguarding/queue-status";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission } from "../../../http/require-staff";
import { renderPage } from "../../../views/render-page";
import { QueuePage } from "../../../views/workspace/safeguarding/queue-page";
import { describeContact, describeItem } from "./describe";
import { contactPages, itemPages } from "./opened-pages";
import { contactListQuery, itemListQuery, PAGE_SIZE } from "./schemas";

/** Reads the queue page's query; anything odd falls back to the defaults rather than failing. */
function queueQuery(c: Context<AppEnv>) {
  const items = itemListQuery.safeParse({ status: c.req.query("status"), page: c.req.query("page") });
  const contacts = contactListQuery.safeParse({
    status: c.req.query("contacts"),
    page: c.req.query("cpage"),
  });
  const i = items.success ? items.data : itemListQuery.parse({});
  const r = contacts.success ? contacts.data : contactListQuery.parse({});
  return { status: i.status, page: i.page, contacts: r.status, cpage: r.page };
}

async function showQueue(c: Context<AppEnv>) {
  const query = queueQuery(c);
  const statuses =
    query.status === "open" ? OPEN_ITEM_STATUSES : query.status === "all" ? ITEM_STATUSES : [query.status];
  const [items, contacts] = await Promise.all([
    listQueueItems(c.var.db, { statuses, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }),
    listContactRequests(c.var.db, {
      statuses: query.contacts === "all" ? CONTACT_STATUSES : [query.contacts],
      limit: PAGE_SIZE,
      offset: (query.cpage - 1) * PAGE_SIZE,
    }),
  ]);
  const now = today();
  return renderPage(
    c,
    QueuePage({
      ...c.var.page,
      staff: c.var.staff,
      query,
      items: items.rows.map((row) => describeItem(row, c.var.locale, now)),
      itemTotal: items.total,
      contacts: contacts.rows.map((row) => describeContact(row, now)),
      contactTotal: contacts.total,
      pageSize: PAGE_SIZE,
    }),
  );
}

/** The queue's pages for the safeguarding lead: plain links and forms, POST-redirect-GET. */
export const safeguardingPages = createRouter()
  .get("/workspace/safeguarding", requirePermission("safeguarding:read"), showQueue)
  .route("/", itemPages)
  .route("/", contactPages);
