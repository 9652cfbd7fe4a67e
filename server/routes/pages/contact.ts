import type { Context } from "hono";
import { z } from "zod";
import { findReceipt, today } from "../../db/queries/responses";
import { storeContactRequest } from "../../db/queries/safeguarding";
import { seal } from "../../domain/crypto/sealed-text";
import { hashReceiptCode, normaliseReceiptCode } from "../../domain/receipts/receipt-code";
import type { AppEnv } from "../../http/app-env";
import { sealingKey } from "../../services/sealing-key";
import { ContactPage } from "../../views/pages/contact-page";
import { renderPage } from "../../views/render-page";
import { noStore } from "../journey/journey-support";

const MAX = { how: 200, when: 200, message: 2000 } as const;

const contactFormSchema = z.object({
  how: z.string().trim().min(1).max(MAX.how),
  when: z.string().trim().max(MAX.when).default(""),
  message: z.string().trim().max(MAX.message).default(""),
  link: z.literal("yes").optional(),
  receipt: z.string().optional(),
});

const validReceipt = (value: unknown) =>
  typeof value === "string" && normaliseReceiptCode(value) ? value : undefined;

/** `GET /talk-to-someone` (from help) and `POST /talk-to-someone` (from a confirmation page, carrying the receipt). */
export async function showContact(c: Context<AppEnv>) {
  noStore(c);
  const receipt = c.req.method === "POST" ? validReceipt((await c.req.parseBody()).receipt) : undefined;
  return renderPage(c, ContactPage({ ...c.var.page, receipt }));
}

/** `POST /talk-to-someone/send`: seal and store the request; link it to answers only if asked to. */
export async function sendContact(c: Context<AppEnv>) {
  noStore(c);
  const form = await c.req.parseBody();
  const raw = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  const parsed = contactFormSchema.safeParse(raw);
  const receipt = validReceipt(raw.receipt);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.find((i) => i.code === "too_big");
    const error = tooLong
      ? c.var.t("contact.tooLong", { max: MAX[tooLong.path[0] as keyof typeof MAX] ?? MAX.how })
      : c.var.t("contact.required");
    const values = { how: raw.how, when: raw.when, message: raw.message, link: raw.link === "yes" };
    return renderPage(c, ContactPage({ ...c.var.page, receipt, values, error }), 400);
  }
  const { how, when, message, link } = parsed.data;
  let linkedResponseId: string | null = null;
  const canonical = receipt ? normaliseReceiptCode(receipt) : undefined;
  if (link && canonical)
    linkedResponseId = (await findReceipt(c.var.db, await hashReceiptCode(canonical)))?.id ?? null;
  const sealedDetails = await seal(await sealingKey(c.var.config), JSON.stringify({ how, when, message }));
  await storeContactRequest(c.var.db, {
    id: crypto.randomUUID(),
    sealedDetails,
    linkedResponseId,
    requestedOn: today(),
  });
  return renderPage(c, ContactPage({ ...c.var.page, done: true }));
}
