import type { TFunction } from "i18next";
import type { ComponentChildren } from "preact";
import { directionOf, type Locale } from "../i18n/i18n";

/** What every public page needs to render its frame. */
export type PageContext = { t: TFunction; locale: Locale };

type LayoutProps = PageContext & { title: string; children: ComponentChildren };

/**
 * The frame of every public page: `lang` and `dir`, a skip link, and the help and exit links in the
 * same place on every page (WCAG 3.2.6), so nobody has to hunt for a way out or a way to get help.
 */
export function Layout({ t, locale, title, children }: LayoutProps) {
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} – ${t("site.name")}`}</title>
        <link rel="stylesheet" href="/assets/heard.css" />
        <script type="module" src="/assets/heard.js" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("site.skipToContent")}
        </a>
        <header class="site-header">
          <a class="site-name" href="/">
            {t("site.name")}
          </a>
          <nav class="site-actions">
            <a class="help-link" href="/help">
              {t("site.help")}
            </a>
            <a class="exit-link" href="/exit" rel="nofollow">
              {t("site.exitThisPage")}
            </a>
          </nav>
        </header>
        <main id="main" class="page" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t("site.footerAnonymous")}</p>
          <p>
            <a href="/privacy">{t("site.privacy")}</a> ·{" "}
            <a href="/accessibility">{t("site.accessibility")}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
