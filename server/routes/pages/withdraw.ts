import type { Context } from "hono";
import { withdrawResponse } from "../../db/queries/responses";
import { hashReceiptCode, normaliseReceiptCode } from "../../domain/receipts/receipt-code";
import type { AppEnv } from "../../http/app-env";
import { WithdrawPage } from "../../views/pages/withdraw-page";
import { renderPage } from "../../views/render-page";

/** `GET /withdraw`: the form for taking answers back with a receipt code. */
export function showWithdraw(c: Context<AppEnv>) {
  return renderPage(c, WithdrawPage({ ...c.var.page }));
}

/** `POST /withdraw`: withdraw, or show what was wrong with the code next to the field. */
export async function submitWithdraw(c: Context<AppEnv>) {
  const { t } = c.var;
  const form = await c.req.parseBody();
  const value = typeof form.receipt === "string" ? form.receipt : "";
  const canonical = normaliseReceiptCode(value);
  if (!canonical)
    return renderPage(c, WithdrawPage({ ...c.var.page, value, error: t("withdraw.invalidCode") }), 400);
  const outcome = await withdrawResponse(c.var.db, await hashReceiptCode(canonical));
  if (outcome === "not-found")
    return renderPage(c, WithdrawPage({ ...c.var.page, value, error: t("withdraw.notFound") }), 400);
  return renderPage(c, WithdrawPage({ ...c.var.page, outcome }));
}
