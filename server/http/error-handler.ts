import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { TextPage } from "../views/pages/text-page";
import { renderPage } from "../views/render-page";
import type { AppEnv } from "./app-env";
import { type ErrorBody, Problem } from "./problem";

const wantsJson = (c: Context<AppEnv>) => c.req.path.startsWith("/api/") || c.req.path === "/healthz";

// An error raised before the locale middleware ran has no translator yet: answer in JSON then.
const hasTranslator = (c: Context<AppEnv>) =>
  (c.get("t") as AppEnv["Variables"]["t"] | undefined) !== undefined;

/**
 * The one place errors become responses. Unknown errors never show a stack trace or internals to
 * the person on the other end; only the message (never the request) reaches the log.
 */
export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof Problem) {
    if (err.status === 403 && !wantsJson(c) && hasTranslator(c)) {
      const { t } = c.var;
      const page = {
        ...c.var.page,
        title: t("ws.common.forbiddenTitle"),
        paragraphs: [t("ws.common.forbiddenBody")],
      };
      return renderPage(c, TextPage(page), 403);
    }
    return c.json(err.body(), err.status);
  }
  if (err instanceof HTTPException) {
    const body: ErrorBody = {
      error: { code: codeFor(err.status), message: err.message || "Request failed" },
    };
    return c.json(body, err.status);
  }
  console.error(`unhandled error on ${c.req.method} ${c.req.routePath}: ${safeDescription(err)}`);
  if (!wantsJson(c) && hasTranslator(c)) {
    const { t } = c.var;
    return renderPage(
      c,
      TextPage({ ...c.var.page, title: t("errors.serverTitle"), paragraphs: [t("errors.serverBody")] }),
      500,
    );
  }
  const body: ErrorBody = {
    error: {
      code: "internal",
      message: "Something went wrong on our side. Nothing you sent was lost; try again.",
    },
  };
  return c.json(body, 500);
};

/** 404: our error shape for the API, a page with a way back for people. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) => {
  if (wantsJson(c) || !hasTranslator(c)) {
    return c.json(
      { error: { code: "not_found", message: `There is nothing at ${c.req.path}.` } } satisfies ErrorBody,
      404,
    );
  }
  const { t } = c.var;
  return renderPage(
    c,
    TextPage({
      ...c.var.page,
      title: t("errors.notFoundTitle"),
      paragraphs: [t("errors.notFoundBody")],
      links: [{ href: "/", label: t("errors.backToStart") }],
    }),
    404,
  );
};

/**
 * What of an error may reach the log. drizzle wraps a failed query as "Failed query: … params: …",
 * and the params can be a child's free-text answer, so only the driver's own message (the cause)
 * or the error's class is logged, never the wrapper's message.
 */
function safeDescription(err: Error): string {
  if (err.cause instanceof Error) return `${err.cause.name}: ${err.cause.message}`;
  return err.message.startsWith("Failed query") ? err.name : `${err.name}: ${err.message}`;
}

function codeFor(status: number): string {
  if (status === 413) return "too_large";
  if (status === 429) return "rate_limited";
  if (status === 404) return "not_found";
  if (status >= 500) return "internal";
  return "bad_request";
}
