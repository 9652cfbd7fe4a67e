import type { TFunction } from "i18next";
import type { ComponentChildren } from "preact";
import type { HelpAudience } from "../domain/help/help-services";
import { directionOf, type Locale, pluralTemplates } from "../i18n/i18n";
import { ExitThisPage, ExitThisPageSecondaryLink } from "./components/exit-this-page";
import { LanguageSwitcher } from "./components/language-switcher";

/** A shared device (kiosk) journey: where "start again" goes, and the event it is for. */
export type KioskContext = { restartUrl: string; refreshAfterSeconds?: number };

/** What every public page needs to render its frame. */
export type PageContext = {
  t: TFunction;
  locale: Locale;
  /** The current address without `lang`, for the language switcher. */
  url: string;
  kiosk?: KioskContext;
  /** Whose words the help and privacy pages should use, when the page knows (e.g. in a survey). */
  helpFor?: HelpAudience;
  /** This response's CSP nonce: scripts without it do not run. */
  nonce?: string;
};

type LayoutProps = PageContext & { title: string; children: ComponentChildren };

/**
 * The frame of every public page: `lang` and `dir`, the quick exit first, a skip link, and the help
 * link in the same place on every page (WCAG 3.2.6), so nobody has to hunt for a way out or for help.
 */
export function Layout({ t, locale, url, kiosk, helpFor, nonce, title, children }: LayoutProps) {
  const forWhom = helpFor ? `?for=${helpFor}` : "";
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        {kiosk ? (
          // Without JavaScript the page still clears itself; with it, the idle timer does (and resets on use).
          <noscript>
            <meta
              http-equiv="refresh"
              content={`${kiosk.refreshAfterSeconds ?? 120};url=${kiosk.restartUrl}`}
            />
          </noscript>
        ) : null}
        <title>{`${title} – ${t("site.name")}`}</title>
        <link rel="stylesheet" href="/assets/heard.css" />
        <script type="module" src="/assets/heard.js" nonce={nonce} />
      </head>
      <body data-kiosk-restart={kiosk?.restartUrl}>
        <ExitThisPageSecondaryLink t={t} />
        <a class="skip-link" href="#main">
          {t("site.skipToContent")}
        </a>
        <ExitThisPage t={t} locale={locale} />
        <header class="site-header">
          <a class="site-name" href={kiosk ? kiosk.restartUrl : "/"}>
            {t("site.name")}
          </a>
          <a class="help-link" href={`/help${forWhom}`}>
            {t("site.help")}
          </a>
        </header>
        <LanguageSwitcher t={t} locale={locale} url={url} />
        {kiosk ? (
          <div class="kiosk-banner" data-kiosk-banner>
            <p>{t("kiosk.banner")}</p>
            <p
              class="kiosk-banner__idle"
              aria-live="polite"
              data-kiosk-idle
              data-no-script={t("kiosk.idleNoScript")}
              data-templates={JSON.stringify(pluralTemplates(locale, "kiosk.idleWarning"))}
            >
              {t("kiosk.idleNoScript")}
            </p>
          </div>
        ) : null}
        <main id="main" class="page" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t("site.footerAnonymous")}</p>
          <ul class="footer-links">
            <li>
              <a href={`/privacy${forWhom}`}>{t("site.privacy")}</a>
            </li>
            <li>
              <a href="/accessibility">{t("site.accessibility")}</a>
            </li>
            <li>
              <a href="/exit-this-page">{t("exit.learnMore")}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}
