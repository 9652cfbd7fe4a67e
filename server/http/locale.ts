import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { negotiateLocale } from "../domain/locale/negotiate-locale";
import { locales, translator } from "../i18n/i18n";
import type { AppEnv } from "./app-env";

/** The language preference cookie: set only when someone picks a language, strictly necessary. */
export const LANGUAGE_COOKIE = "heard_lang";

/**
 * Chooses the locale (`?lang=`, saved preference, Accept-Language, English) and puts it, a
 * translator and the page frame's context on the request. Choosing with `?lang=` saves it.
 */
export function localeMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const query = c.req.query("lang");
    const locale = negotiateLocale(
      { query, cookie: getCookie(c, LANGUAGE_COOKIE), acceptLanguage: c.req.header("accept-language") },
      locales,
    );
    if (query === locale) {
      setCookie(c, LANGUAGE_COOKIE, locale, {
        path: "/",
        httpOnly: true,
        sameSite: "Lax",
        maxAge: 60 * 60 * 24 * 365,
        secure: new URL(c.req.url).protocol === "https:",
      });
    }
    const url = new URL(c.req.url);
    url.searchParams.delete("lang");
    const t = translator(locale);
    c.set("locale", locale);
    c.set("t", t);
    const nonce = c.get("secureHeadersNonce") as string | undefined;
    c.set("page", { t, locale, url: `${url.pathname}${url.search}`, nonce });
    await next();
  };
}
