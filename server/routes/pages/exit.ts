import type { Context } from "hono";
import { deleteDraft } from "../../db/queries/drafts";
import type { AppEnv } from "../../http/app-env";
import { clearDraftCookie, draftIdFrom } from "../journey/journey-support";

/**
 * `GET /exit`: the quick exit without JavaScript. Deletes the unsent draft first, then sends the
 * browser to a neutral site. `no-store` and no-referrer keep the neutral site from learning where
 * the person came from.
 */
export function exitTo(neutralUrl: string) {
  return async (c: Context<AppEnv>) => {
    const draftId = draftIdFrom(c);
    if (draftId) await deleteDraft(c.var.db, draftId);
    clearDraftCookie(c);
    c.header("Cache-Control", "no-store");
    return c.redirect(neutralUrl, 303);
  };
}
