import { createRouter } from "../../../http/create-router";
import { actionsApiRoutes } from "./actions-api";
import { actionsPageRoutes } from "./actions-pages";
import { publicationsOfficerApiRoutes } from "./publications-api";
import { publicationsPageRoutes } from "./publications-pages";
import { quotesApiRoutes } from "./quotes-api";
import { quotesPageRoutes } from "./quotes-pages";

/** "You said, we did" in the workspace: actions, quotes and publications, as JSON and as pages. */
export const publishingRoutes = createRouter()
  .route("/", actionsApiRoutes)
  .route("/", actionsPageRoutes)
  .route("/", quotesApiRoutes)
  .route("/", quotesPageRoutes)
  .route("/", publicationsOfficerApiRoutes)
  .route("/", publicationsPageRoutes);
