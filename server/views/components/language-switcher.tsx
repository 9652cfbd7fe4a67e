import type { TFunction } from "i18next";
import { LANGUAGE_NAMES, type Locale, locales } from "../../i18n/i18n";

/** A link to the same page in `locale`. */
function withLang(url: string, locale: Locale): string {
  const [path = "/", query = ""] = url.split("?");
  const params = new URLSearchParams(query);
  params.set("lang", locale);
  // A path opening with "//" or "/\" is another site's address to a browser: without this, the
  // 404 page for https://heard.example//evil.example would link every language to evil.example.
  return `/${path.replace(/^[/\\]+/, "")}?${params}`;
}

/**
 * Every language, each named in itself (so a Polish reader finds "Polski" on an English page), on
 * every page. Links, not a select: they work without JavaScript and need one tap.
 */
export function LanguageSwitcher({ t, locale, url }: { t: TFunction; locale: Locale; url: string }) {
  return (
    <nav class="language-switcher" aria-label={t("site.language")}>
      <ul>
        {locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l}>
                {LANGUAGE_NAMES[l]}
              </span>
            ) : (
              <a href={withLang(url, l)} lang={l} hreflang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
