import type { MiddlewareHandler } from "hono";
import { translator } from "../i18n/i18n";
import type { AppEnv } from "./app-env";

/** Puts the request's locale and a translator bound to it on the context for pages to use. */
export function localeMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const locale = "en" as const;
    c.set("locale", locale);
    c.set("t", translator(locale));
    await next();
  };
}
