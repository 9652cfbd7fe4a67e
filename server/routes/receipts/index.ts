import { createRoute, z } from "@hono/zod-openapi";
import { findReceipt, withdrawResponse } from "../../db/queries/responses";
import { hashReceiptCode, normaliseReceiptCode } from "../../domain/receipts/receipt-code";
import { createRouter } from "../../http/create-router";
import { errorSchema } from "../../http/error-schema";
import { Problem } from "../../http/problem";

const codeParam = z.object({
  code: z.string().openapi({ param: { name: "code", in: "path" }, example: "ABCD-EFGH-JKMN-PQRS" }),
});
const receiptSchema = z
  .object({ status: z.enum(["submitted", "withdrawn"]), surveyId: z.string(), submittedOn: z.string() })
  .openapi("Receipt");
const notFound = {
  description: "No response has this code",
  content: { "application/json": { schema: errorSchema } },
};

const lookUp = createRoute({
  method: "get",
  path: "/api/receipts/{code}",
  summary: "Whether a response with this receipt code exists (never its answers)",
  request: { params: codeParam },
  responses: {
    200: { description: "Found", content: { "application/json": { schema: receiptSchema } } },
    404: notFound,
  },
});

const withdraw = createRoute({
  method: "delete",
  path: "/api/receipts/{code}",
  summary: "Withdraw the response with this receipt code: its answers are deleted",
  request: { params: codeParam },
  responses: {
    200: {
      description: "Withdrawn",
      content: { "application/json": { schema: z.object({ status: z.literal("withdrawn") }) } },
    },
    404: notFound,
  },
});

/** Receipt hash for a code as typed, or a 404 that says the same as an unknown code (no format oracle). */
async function receiptHashOf(code: string): Promise<string> {
  const canonical = normaliseReceiptCode(code);
  if (!canonical) throw new Problem(404, "not_found", "No response has that code. Check it and try again.");
  return hashReceiptCode(canonical);
}

/** Receipt look-up and withdrawal. */
export const receiptRoutes = createRouter()
  .openapi(lookUp, async (c) => {
    const found = await findReceipt(c.var.db, await receiptHashOf(c.req.valid("param").code));
    if (!found) throw new Problem(404, "not_found", "No response has that code. Check it and try again.");
    return c.json({ status: found.status, surveyId: found.surveyId, submittedOn: found.submittedOn }, 200);
  })
  .openapi(withdraw, async (c) => {
    const outcome = await withdrawResponse(c.var.db, await receiptHashOf(c.req.valid("param").code));
    if (outcome === "not-found")
      throw new Problem(404, "not_found", "No response has that code. Check it and try again.");
    return c.json({ status: "withdrawn" as const }, 200);
  });
