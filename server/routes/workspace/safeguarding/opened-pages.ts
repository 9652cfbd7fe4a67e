import type { Context } from "hono";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { sealingKey } from "../../../services/sealing-key";
import { renderPage } from "../../../views/render-page";
import { ContactRequestPage } from "../../../views/workspace/safeguarding/contact-page";
import { ItemPage } from "../../../views/workspace/safeguarding/item-page";
import type { FormOutcome } from "../../../views/workspace/safeguarding/opened-frame";
import { openerFor } from "./api-support";
import { openContact, openItem } from "./open-sealed";
import { addNote, changeContactStatus, changeItemStatus } from "./queue-changes";
import { contactStatusBody, itemStatusBody, MAX_NOTE, noteBody } from "./schemas";

const formField = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === "string" ? form[name] : undefined;

const doneFrom = (c: Context<AppEnv>): FormOutcome["done"] => {
  const done = c.req.query("done");
  return done === "status" || done === "note" ? done : undefined;
};

/** The differences between an opened item and an opened contact request; the journey is the same. */
type Kind = {
  path: string;
  /** Opens (and audits) and renders, or undefined when there is no such thing. */
  show(
    c: Context<AppEnv>,
    id: string,
    outcome: FormOutcome,
    status?: 200 | 400,
  ): Promise<Response | undefined>;
  /** Undefined when the form's status is not one this kind has; false when there is no such thing. */
  setStatus(c: Context<AppEnv>, id: string, status: unknown): Promise<boolean | undefined>;
  noteKind: "item" | "contact";
};

const itemKind: Kind = {
  path: "items",
  noteKind: "item",
  async show(c, id, outcome, status = 200) {
    const item = await openItem(await openerFor(c), id);
    if (!item) return undefined;
    const page = ItemPage({ ...c.var.page, staff: c.var.staff, item, outcome, maxNote: MAX_NOTE });
    return renderPage(c, page, status);
  },
  async setStatus(c, id, status) {
    const parsed = itemStatusBody.safeParse({ status });
    if (!parsed.success) return undefined;
    return (await changeItemStatus(c.var.db, staffOf(c), id, parsed.data.status)) !== undefined;
  },
};

const contactKind: Kind = {
  path: "contact-requests",
  noteKind: "contact",
  async show(c, id, outcome, status = 200) {
    const request = await openContact(await openerFor(c), id);
    if (!request) return undefined;
    const page = ContactRequestPage({
      ...c.var.page,
      staff: c.var.staff,
      request,
      outcome,
      maxNote: MAX_NOTE,
    });
    return renderPage(c, page, status);
  },
  async setStatus(c, id, status) {
    const parsed = contactStatusBody.safeParse({ status });
    if (!parsed.success) return undefined;
    return (await changeContactStatus(c.var.db, staffOf(c), id, parsed.data.status)) !== undefined;
  },
};

/** GET the opened page, POST its two forms; a bad form shows the page again with the error summary. */
function openedPages(kind: Kind) {
  const base = `/workspace/safeguarding/${kind.path}`;
  return createRouter()
    .get(`${base}/:id`, requirePermission("safeguarding:read"), async (c) => {
      return (await kind.show(c, c.req.param("id"), { done: doneFrom(c) })) ?? c.notFound();
    })
    .post(`${base}/:id/status`, requirePermission("safeguarding:write"), async (c) => {
      const id = c.req.param("id");
      const changed = await kind.setStatus(c, id, formField(await c.req.parseBody(), "status"));
      if (changed === false) return c.notFound();
      if (changed === undefined) {
        const outcome = { statusError: c.var.t("ws.safeguarding.errors.chooseStatus") };
        return (await kind.show(c, id, outcome, 400)) ?? c.notFound();
      }
      return c.redirect(`${base}/${id}?done=status`, 303);
    })
    .post(`${base}/:id/notes`, requirePermission("safeguarding:write"), async (c) => {
      const id = c.req.param("id");
      const draft = formField(await c.req.parseBody(), "note") ?? "";
      const parsed = noteBody.safeParse({ note: draft });
      if (!parsed.success) {
        const { t } = c.var;
        const noteError = draft.trim()
          ? t("ws.safeguarding.errors.noteTooLong", { max: MAX_NOTE, length: draft.trim().length })
          : t("ws.safeguarding.errors.noteEmpty");
        return (await kind.show(c, id, { noteError, noteDraft: draft }, 400)) ?? c.notFound();
      }
      const key = await sealingKey(c.var.config);
      const added = await addNote(c.var.db, key, staffOf(c), { kind: kind.noteKind, id }, parsed.data.note);
      if (!added) return c.notFound();
      return c.redirect(`${base}/${id}?done=note`, 303);
    });
}

export const itemPages = openedPages(itemKind);
export const contactPages = openedPages(contactKind);
