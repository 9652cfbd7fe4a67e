import type { TFunction } from "i18next";
import { type Locale, pluralTemplates } from "../../i18n/i18n";

/**
 * GOV.UK "Exit this page": a button at the top of the page, in the normal flow so it never covers
 * the focused element (WCAG 2.4.11). It is a link to /exit, which deletes the draft and redirects,
 * so it works without JavaScript; the script adds Shift pressed 3 times and replaces the history
 * entry, announcing the Shift count in a live region as GOV.UK's component does.
 */
export function ExitThisPage({ t, locale }: { t: TFunction; locale: Locale }) {
  return (
    <div class="exit-this-page" data-exit-this-page>
      <a class="exit-this-page__button" href="/exit" rel="nofollow noreferrer">
        {t("exit.button")}
      </a>
      <span
        class="exit-this-page__count visually-hidden"
        aria-live="polite"
        data-exit-count
        data-templates={JSON.stringify(pluralTemplates(locale, "exit.shiftCount"))}
      />
    </div>
  );
}

/** The hidden first link for assistive technology: the quickest way out, before the skip link. */
export function ExitThisPageSecondaryLink({ t }: { t: TFunction }) {
  return (
    <a class="skip-link" href="/exit" rel="nofollow noreferrer">
      {t("exit.secondaryLink")}
    </a>
  );
}
