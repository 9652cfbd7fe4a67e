import type { TFunction } from "i18next";
import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import type { Role } from "../domain/auth/roles";
import type { Stage } from "../domain/auth/sign-in-stages";
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
    /** The signed-in officer, when the request carries a live session (any stage). */
    staff: StaffContext | undefined;
    /**
     * An opaque per-process key for where the request came from, for rate limits only: a keyed hash
     * held in memory, never the address itself and never stored.
     */
    sourceKey: string;
  };
};

/** A signed-in officer as handlers see them. */
export type StaffContext = {
  userId: string;
  email: string;
  role: Role;
  stage: Stage;
  tokenHash: string;
  pendingTotpSealed: string | null;
};
