import type { TFunction } from "i18next";
import { TelText } from "./tel-text";

/**
 * Shown on the page after an answer that suggests harm: help now, and a plain word that nobody will
 * get in touch, because the survey is anonymous. Calm, not alarming; it does not stop the survey.
 */
export function HelpPanel({ t, helpHref }: { t: TFunction; helpHref: string }) {
  return (
    <section class="help-panel" aria-labelledby="help-panel-title">
      <h2 id="help-panel-title" class="help-panel__title">
        {t("helpPanel.title")}
      </h2>
      <p>
        <TelText text={t("helpPanel.danger")} number="999" dial="999" />
      </p>
      <p>
        {t("helpPanel.childline")} <a href="tel:08001111">0800 1111</a>
      </p>
      <p>{t("helpPanel.anonymous")}</p>
      <p>
        <a href={helpHref}>{t("helpPanel.more")}</a>
      </p>
      <p>{t("helpPanel.carryOn")}</p>
    </section>
  );
}
