import { createRouter } from "../../../http/create-router";
import { auditApi } from "./api";
import { auditPages } from "./pages";

/** The append-only audit log: a page, a JSON API and a CSV export, for admins only. */
export const auditRoutes = createRouter().route("/", auditApi).route("/", auditPages);
