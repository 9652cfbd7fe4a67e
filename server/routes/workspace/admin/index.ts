import { createRouter } from "../../../http/create-router";
import { importApi } from "./import-api";
import { importPages } from "./import-pages";
import { surveysApi } from "./surveys-api";
import { surveysPages } from "./surveys-pages";
import { usersApi } from "./users-api";
import { usersPages } from "./users-pages";

export { isPaperImportPath } from "./import-upload";

/** Users (admins), surveys and paper import (admins and engagement officers): pages and JSON API. */
export const adminRoutes = createRouter()
  .route("/", usersApi)
  .route("/", usersPages)
  .route("/", surveysApi)
  .route("/", surveysPages)
  .route("/", importApi)
  .route("/", importPages);
