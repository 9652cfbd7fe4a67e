import { createRouter } from "../../../http/create-router";
import { contactRequestApi } from "./api-contacts";
import { safeguardingItemApi } from "./api-items";
import { safeguardingPages } from "./pages";

/**
 * The safeguarding queue: possible disclosures and requests to talk to someone, for the designated
 * safeguarding lead only. Original words are decrypted only when one thing is opened, and every
 * opening is in the audit log before the words leave the server.
 */
export const safeguardingRoutes = createRouter()
  .route("/", safeguardingItemApi)
  .route("/", contactRequestApi)
  .route("/", safeguardingPages);
