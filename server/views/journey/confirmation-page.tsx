import { pluralTemplates } from "../../i18n/i18n";
import { HelpPanel } from "../components/help-panel";
import { Layout, type PageContext } from "../layout";

/** How long a shared device shows the confirmation before getting ready for the next person. */
export const KIOSK_HANDOVER_SECONDS = 20;

/** GOV.UK confirmation page: the receipt code in a panel, then what happens next. */
export function ConfirmationPage({
  t,
  locale,
  url,
  kiosk,
  helpFor,
  receipt,
  mayDiscloseHarm,
}: PageContext & { receipt: string; mayDiscloseHarm?: boolean }) {
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("done.title")}>
      <div class="panel">
        <h1 class="panel__title">{t("done.title")}</h1>
        <div class="panel__body">
          {t("done.receiptLabel")}
          <br />
          <strong class="receipt" data-receipt>
            {receipt}
          </strong>
        </div>
      </div>
      {kiosk ? (
        <div class="kiosk-next">
          <p
            aria-live="polite"
            data-kiosk-next
            data-seconds={KIOSK_HANDOVER_SECONDS}
            data-templates={JSON.stringify(pluralTemplates(locale, "kiosk.nextPerson"))}
          >
            {t("kiosk.nextPerson", { count: KIOSK_HANDOVER_SECONDS })}
          </p>
          <p>
            <a class="button" href={kiosk.restartUrl}>
              {t("kiosk.nextPersonNow")}
            </a>
          </p>
        </div>
      ) : null}
      {mayDiscloseHarm ? (
        <>
          <HelpPanel t={t} helpHref={`/help${helpFor ? `?for=${helpFor}` : ""}`} />
          <form method="post" action="/talk-to-someone">
            <input type="hidden" name="receipt" value={receipt} />
            <button type="submit" class="button button--secondary">
              {t("contact.offer")}
            </button>
          </form>
        </>
      ) : null}
      <p>{t("done.receiptHint")}</p>
      <h2>{t("done.nextTitle")}</h2>
      <p>{t("done.nextBody")}</p>
      <p>{t("done.nobodyWillContact")}</p>
      <p>
        <a href="/withdraw">{t("done.withdrawLink")}</a>
      </p>
      {kiosk ? null : (
        <p>
          <a href="/">{t("done.again")}</a>
        </p>
      )}
    </Layout>
  );
}
