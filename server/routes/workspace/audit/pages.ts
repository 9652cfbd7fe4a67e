import type { Context } from "hono";
import { listAudit, recordedAuditActions } from "../../../db/queries/audit-log";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission } from "../../../http/require-staff";
import { renderPage } from "../../../views/render-page";
import { AuditPage } from "../../../views/workspace/audit/audit-page";
import { auditQuery, filterParams, toAuditFilter } from "./audit-filter";
import { actionChoices } from "./known-actions";

/** Events per page of the audit log. */
const PAGE_SIZE = 50;

const FIELDS = ["action", "actor", "from", "to"] as const;

/** Each refused filter as a message in the officer's language, keyed by the field's id. */
function errorsOf(c: Context<AppEnv>, paths: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const path of paths) {
    const field = FIELDS.find((f) => f === path);
    if (field) errors[field] = c.var.t(`ws.safeguarding.audit.errors.${field}`);
  }
  return errors;
}

async function showAudit(c: Context<AppEnv>) {
  const raw: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = c.req.query(field);
    if (value !== undefined) raw[field] = value;
  }
  // A broken paging position is not the admin's mistake to fix: start from the newest instead.
  const before = c.req.query("before");
  if (before && /^[1-9]\d{0,15}$/.test(before)) raw.before = before;
  const values = {
    action: raw.action ?? "",
    actor: raw.actor ?? "",
    from: raw.from ?? "",
    to: raw.to ?? "",
  };
  const parsed = auditQuery.safeParse(raw);
  const actions = actionChoices(await recordedAuditActions(c.var.db));
  const frame = { ...c.var.page, staff: c.var.staff, values, actions };
  if (!parsed.success) {
    const errors = errorsOf(
      c,
      parsed.error.issues.map((i) => String(i.path[0] ?? "")),
    );
    const page = { ...frame, errors, events: [], filterQuery: "", olderBefore: null, paged: false };
    return renderPage(c, AuditPage(page), 400);
  }
  const rows = await listAudit(c.var.db, { ...toAuditFilter(parsed.data), limit: PAGE_SIZE + 1 });
  const events = rows.slice(0, PAGE_SIZE);
  const page = {
    ...frame,
    errors: {},
    events,
    filterQuery: filterParams(parsed.data).toString(),
    olderBefore: rows.length > PAGE_SIZE ? (events[events.length - 1]?.id ?? null) : null,
    paged: parsed.data.before !== undefined,
  };
  return renderPage(c, AuditPage(page));
}

/** The audit log page, for admins. */
export const auditPages = createRouter().get("/workspace/audit", requirePermission("audit:read"), showAudit);
