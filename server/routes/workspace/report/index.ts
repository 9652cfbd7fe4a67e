import { createRouter } from "../../../http/create-router";
import { reportApi } from "./api";
import { reportPages } from "./pages";

/** The quarterly board report: a printable page and JSON, CSV and DOCX downloads. */
export const reportRoutes = createRouter().route("/", reportApi).route("/", reportPages);
