import { z } from "@hono/zod-openapi";
import type { AuditFilter } from "../../../db/queries/audit-log";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (so 2026-02-31 is refused, not quietly moved to March). */
const isRealDay = (value: string) =>
  ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** An empty form field means "any". */
const blankOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).optional();

const day = z.string().refine(isRealDay, "Use a real date written as YYYY-MM-DD.");

/** The audit log's filters, as the page's form and the API's query string carry them. */
export const auditQuery = z
  .object({
    action: blankOr(
      z
        .string()
        .max(100)
        .regex(/^[a-z0-9.:_-]+$/, "Not an action name."),
    ),
    actor: blankOr(z.string().trim().max(320)),
    from: blankOr(day),
    to: blankOr(day),
    before: z.coerce.number().int().min(1).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["to"],
    message: "The end date must be on or after the start date.",
  });

export type AuditQuery = z.infer<typeof auditQuery>;

/** The query as a database filter: blanks dropped, the email compared in lower case as stored. */
export function toAuditFilter(q: AuditQuery): AuditFilter {
  return {
    action: q.action || undefined,
    actorEmail: q.actor ? q.actor.trim().toLowerCase() : undefined,
    from: q.from || undefined,
    to: q.to || undefined,
    before: q.before,
  };
}

/** The filters as a query string (without the page position), for links that keep them. */
export function filterParams(q: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["action", "actor", "from", "to"] as const) {
    const value = q[key];
    if (value) params.set(key, value);
  }
  return params;
}
