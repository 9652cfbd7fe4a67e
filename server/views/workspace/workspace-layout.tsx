import type { ComponentChildren } from "preact";
import { can, type Permission } from "../../domain/auth/roles";
import type { StaffContext } from "../../http/app-env";
import { directionOf } from "../../i18n/i18n";
import { LanguageSwitcher } from "../components/language-switcher";
import type { PageContext } from "../layout";

/** The workspace's sections, each shown only to roles that may open it. */
const SECTIONS: { href: string; key: string; permission: Permission; label?: string }[] = [
  { href: "/workspace", key: "overview", permission: "overview:read" },
  { href: "/workspace/responses", key: "responses", permission: "responses:read" },
  { href: "/workspace/themes", key: "themes", permission: "themes:read" },
  { href: "/workspace/safeguarding", key: "safeguarding", permission: "safeguarding:read" },
  { href: "/workspace/surveys", key: "surveys", permission: "surveys:manage" },
  { href: "/workspace/users", key: "users", permission: "users:manage" },
  { href: "/workspace/reports/board", key: "reports", permission: "reports:read" },
  { href: "/workspace/audit", key: "audit", permission: "audit:read" },
  {
    href: "/workspace/actions",
    key: "actions",
    permission: "actions:read",
    label: "ws.publishing.nav.actions",
  },
  {
    href: "/workspace/publications",
    key: "publications",
    permission: "publications:read",
    label: "ws.publishing.nav.publications",
  },
];

export type WorkspaceProps = PageContext & {
  staff?: StaffContext;
  title: string;
  /** Which section's link is marked current. */
  section?: string;
  children: ComponentChildren;
};

/**
 * The frame of every officer page: who is signed in, the sections their role can open, sign out.
 * No quick exit here: these are staff pages, never shown to children.
 */
export function WorkspaceLayout({ t, locale, url, nonce, staff, title, section, children }: WorkspaceProps) {
  const signedIn = staff?.stage === "full" ? staff : undefined;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t("ws.common.name")}`}</title>
        <link rel="stylesheet" href="/assets/heard.css" />
        <link rel="stylesheet" href="/assets/workspace.css" />
        <script type="module" src="/assets/workspace.js" nonce={nonce} />
      </head>
      <body class="workspace">
        <a class="skip-link" href="#main">
          {t("site.skipToContent")}
        </a>
        <header class="site-header workspace-header">
          <a class="site-name" href="/workspace">
            {t("ws.common.name")}
          </a>
          {signedIn ? (
            <div class="workspace-account">
              <span>
                {t("ws.common.signedInAs", {
                  email: signedIn.email,
                  role: t(`ws.common.roles.${signedIn.role}`),
                })}
              </span>
              <form method="post" action="/workspace/sign-out">
                <button type="submit" class="button button--secondary button--small">
                  {t("ws.common.signOut")}
                </button>
              </form>
            </div>
          ) : null}
        </header>
        {signedIn ? (
          <nav class="workspace-nav" aria-label={t("ws.common.sections")}>
            <ul>
              {SECTIONS.filter((s) => can(signedIn.role, s.permission)).map((s) => (
                <li key={s.key}>
                  <a href={s.href} aria-current={s.key === section ? "page" : undefined}>
                    {t(s.label ?? `ws.common.nav.${s.key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <LanguageSwitcher t={t} locale={locale} url={url} />
        <main id="main" class="page page--wide" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
