import { createRouter } from "../../../http/create-router";
import { codesApiRoutes } from "./codes-api";
import { codesPageRoutes } from "./codes-pages";
import { overviewRoutes } from "./overview-routes";
import { responsesRoutes } from "./responses-routes";
import { themesApiRoutes } from "./themes-api";
import { themesPageRoutes } from "./themes-pages";

/** The coding side of the workspace: overview, responses, the themes codebook and coding itself. */
export const codingRoutes = createRouter()
  .route("/", overviewRoutes)
  .route("/", responsesRoutes)
  .route("/", themesApiRoutes)
  .route("/", themesPageRoutes)
  .route("/", codesApiRoutes)
  .route("/", codesPageRoutes);
