import { ErrorSummary } from "../components/error-summary";
import { Layout, type PageContext } from "../layout";

/** Form to take answers back with a receipt code; shows the outcome once it has been tried. */
export function WithdrawPage(
  props: PageContext & { value?: string; error?: string; outcome?: "withdrawn" | "already" },
) {
  const { t, locale, url, kiosk, helpFor, error, outcome } = props;
  if (outcome) {
    return (
      <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("withdraw.doneTitle")}>
        <h1>{t("withdraw.doneTitle")}</h1>
        <p>{outcome === "withdrawn" ? t("withdraw.doneBody") : t("withdraw.alreadyWithdrawn")}</p>
        <p>
          <a href="/">{t("done.again")}</a>
        </p>
      </Layout>
    );
  }
  const describedBy = `receipt-hint${error ? " receipt-error" : ""}`;
  return (
    <Layout
      t={t}
      locale={locale}
      url={url}
      kiosk={kiosk}
      helpFor={helpFor}
      title={`${error ? `${t("errors.prefix")} ` : ""}${t("withdraw.title")}`}
    >
      <ErrorSummary t={t} errors={error ? [{ href: "#receipt", message: error }] : []} />
      <h1>{t("withdraw.title")}</h1>
      <p>{t("withdraw.lead")}</p>
      <form method="post" action="/withdraw" novalidate>
        <div class={`form-group${error ? " form-group--error" : ""}`}>
          <label class="label" for="receipt">
            {t("withdraw.codeLabel")}
          </label>
          <p id="receipt-hint" class="hint">
            {t("withdraw.codeHint")}
          </p>
          {error ? (
            <p id="receipt-error" class="error-message">
              <span class="visually-hidden">{t("errors.prefix")}</span> {error}
            </p>
          ) : null}
          <input
            class={`text-input text-input--code${error ? " text-input--error" : ""}`}
            id="receipt"
            name="receipt"
            type="text"
            value={props.value ?? ""}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy}
          />
        </div>
        <button type="submit" class="button button--warning">
          {t("withdraw.submit")}
        </button>
      </form>
    </Layout>
  );
}
