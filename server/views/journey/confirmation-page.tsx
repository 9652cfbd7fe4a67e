import { Layout, type PageContext } from "../layout";

/** GOV.UK confirmation page: the receipt code in a panel, then what happens next. */
export function ConfirmationPage({ t, locale, receipt }: PageContext & { receipt: string }) {
  return (
    <Layout t={t} locale={locale} title={t("done.title")}>
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
      <p>{t("done.receiptHint")}</p>
      <h2>{t("done.nextTitle")}</h2>
      <p>{t("done.nextBody")}</p>
      <p>{t("done.nobodyWillContact")}</p>
      <p>
        <a href="/withdraw">{t("done.withdrawLink")}</a>
      </p>
      <p>
        <a href="/">{t("done.again")}</a>
      </p>
    </Layout>
  );
}
