import { createRouter } from "../../../http/create-router";
import { publicationsApiRoutes } from "./api";
import { ysdPageRoutes } from "./pages";

/** "You said, we did" for everyone: pages, the Atom feed and the publications JSON. */
export const youSaidWeDidRoutes = createRouter().route("/", publicationsApiRoutes).route("/", ysdPageRoutes);
