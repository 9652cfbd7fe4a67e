import type { TFunction } from "i18next";
import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import type { Locale } from "../i18n/i18n";
import type { PageContext } from "../views/layout";

/** What every request carries through Hono's context, whichever runtime serves it. */
export type AppEnv = {
  Variables: {
    db: Db;
    /** Settings parsed once at start (zod). */
    config: AppConfig;
    locale: Locale;
    t: TFunction;
    /** What every page needs to render its frame (translator, locale, current address). */
    page: PageContext;
  };
};
