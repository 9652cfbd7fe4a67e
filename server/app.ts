import type { Context } from "hono";
import { NONCE, secureHeaders } from "hono/secure-headers";
import { parseAppConfig } from "./config/app-config";
import type { Db } from "./db/db";
import { addHeaders } from "./http/add-headers";
import type { AppEnv } from "./http/app-env";
import { limitBodySize } from "./http/body-size-limit";
import { createRouter } from "./http/create-router";
import { refuseCrossOrigin } from "./http/cross-origin";
import { handleError, handleNotFound } from "./http/error-handler";
import { localeMiddleware } from "./http/locale";
import { documentStaffSecurity } from "./http/openapi-security";
import { Problem } from "./http/problem";
import { requestLog } from "./http/request-log";
import { type SourceOf, sourceKeyMiddleware } from "./http/source-key";
import { staffSession } from "./http/staff-session";
import { limitPublicWrites } from "./http/submit-rate-limit";
import { authApiRoutes } from "./routes/auth/api";
import { authPageRoutes } from "./routes/auth/pages";
import { healthRoutes } from "./routes/health";
import { homeRoutes } from "./routes/home";
import { journeyRoutes } from "./routes/journey";
import { pageRoutes } from "./routes/pages";
import { youSaidWeDidRoutes } from "./routes/public/you-said-we-did";
import { receiptRoutes } from "./routes/receipts";
import { responseRoutes } from "./routes/responses";
import { checkResponseRoutes } from "./routes/responses/check";
import { surveyRoutes } from "./routes/surveys";
import { adminRoutes, isPaperImportPath } from "./routes/workspace/admin";
import { auditRoutes } from "./routes/workspace/audit";
import { codingRoutes } from "./routes/workspace/coding";
import { publishingRoutes } from "./routes/workspace/publishing";
import { reportRoutes } from "./routes/workspace/report";
import { safeguardingRoutes } from "./routes/workspace/safeguarding";

/** What a runtime entry hands the app: how to reach the database for a request, and settings. */
export type AppOptions = {
  database: (c: Context) => Db;
  /** Raw settings (environment variables or Worker bindings), parsed once here with zod. */
  config: Record<string, unknown>;
  log?: (line: string) => void;
  /** Where a request came from, for in-memory rate limits only (never stored or logged). */
  sourceOf?: SourceOf;
  /** The clock the rate limits read (tests pass a fake one instead of waiting a minute). */
  now?: () => number;
};

/** Largest request body accepted; a survey response is a few kilobytes at most. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The one Hono app both runtimes serve. It imports nothing runtime-specific: the entries
 * (`node.ts`, `worker.ts`) build the database client and pass it in.
 */
export function createApp(options: AppOptions) {
  const config = parseAppConfig(options.config);
  const app = createRouter();
  app.use(requestLog(options.log));
  app.use(
    secureHeaders({
      referrerPolicy: "no-referrer",
      // Agrees with the CSP's frame-ancestors 'none' for browsers that only know the older header.
      xFrameOptions: "DENY",
      permissionsPolicy: { geolocation: [], camera: [], microphone: [] },
      // No inline script runs without this response's nonce; nothing loads from another site.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", NONCE],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use("/workspace/*", noStore);
  app.use("/api/*", noStore);
  const smallBodies = limitBodySize(MAX_BODY_BYTES, () => {
    throw new Problem(413, "too_large", "The request is larger than 64 KB. Send less text and try again.");
  });
  // Paper-form CSV uploads (up to 2 MB) are limited on their own routes instead.
  app.use((c, next) => (isPaperImportPath(c.req.path) ? next() : smallBodies(c, next)));
  app.use(sourceKeyMiddleware(options.sourceOf));
  app.use(localeMiddleware());
  app.use(async (c, next) => {
    c.set("db", options.database(c));
    c.set("config", config);
    await next();
  });
  app.use(refuseCrossOrigin(config.HEARD_ORIGIN));
  limitPublicWrites(app, config.HEARD_SUBMIT_LIMIT_PER_MINUTE, options.now);
  app.use(staffSession());

  app.route("/", healthRoutes);
  app.route("/", homeRoutes);
  app.route("/", journeyRoutes);
  app.route("/", pageRoutes(config));
  app.route("/", surveyRoutes);
  app.route("/", responseRoutes);
  app.route("/", checkResponseRoutes);
  app.route("/", receiptRoutes);
  app.route("/", authApiRoutes());
  app.route("/", authPageRoutes());
  app.route("/", safeguardingRoutes).route("/", auditRoutes);
  app.route("/", adminRoutes);
  app.route("/", codingRoutes);
  app.route("/", publishingRoutes).route("/", youSaidWeDidRoutes);
  app.route("/", reportRoutes);

  documentStaffSecurity(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Heard API",
      version: "0.1.0",
      description:
        "Anonymous voice and engagement surveys. Officer endpoints need the session cookie set by POST /api/auth/login.",
    },
  });
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}

/** Officers' pages and API answers are never kept in a shared or browser cache. */
const noStore = addHeaders({ "Cache-Control": "no-store" });

/** The app's type, for tests and entries. */
export type App = ReturnType<typeof createApp>;
export type { AppEnv };
