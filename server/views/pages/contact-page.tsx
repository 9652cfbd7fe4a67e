import { ErrorSummary } from "../components/error-summary";
import { TelText } from "../components/tel-text";
import { Layout, type PageContext } from "../layout";

/** What the contact form holds when it is shown again with an error. */
export type ContactForm = { how?: string; when?: string; message?: string; link?: boolean };

type ContactPageProps = PageContext & {
  /** The receipt of the answers just sent, when the form was opened from the confirmation page. */
  receipt?: string;
  values?: ContactForm;
  error?: string;
  done?: boolean;
};

/**
 * "I want someone to talk to me": a separate, optional request. Its details are sealed and never
 * linked to the person's answers unless they tick the box.
 */
export function ContactPage(props: ContactPageProps) {
  const { t, locale, url, kiosk, helpFor, receipt, values = {}, error, done } = props;
  const frame = { t, locale, url, kiosk, helpFor };
  if (done) {
    return (
      <Layout {...frame} title={t("contact.doneTitle")}>
        <h1>{t("contact.doneTitle")}</h1>
        <p>{t("contact.doneBody")}</p>
        <p>
          <TelText text={t("contact.dangerNow")} number="999" dial="999" />
        </p>
      </Layout>
    );
  }
  return (
    <Layout {...frame} title={`${error ? `${t("errors.prefix")} ` : ""}${t("contact.title")}`}>
      <ErrorSummary t={t} errors={error ? [{ href: "#contact-how", message: error }] : []} />
      <h1>{t("contact.title")}</h1>
      <p>{t("contact.lead")}</p>
      <p>
        <TelText text={t("contact.dangerNow")} number="999" dial="999" />
      </p>
      <form method="post" action="/talk-to-someone/send" novalidate>
        {receipt ? <input type="hidden" name="receipt" value={receipt} /> : null}
        <div class={`form-group${error ? " form-group--error" : ""}`}>
          <label class="label" for="contact-how">
            {t("contact.howLabel")}
          </label>
          <p id="contact-how-hint" class="hint">
            {t("contact.howHint")}
          </p>
          {error ? (
            <p id="contact-how-error" class="error-message">
              <span class="visually-hidden">{t("errors.prefix")}</span> {error}
            </p>
          ) : null}
          <input
            class={`text-input${error ? " text-input--error" : ""}`}
            id="contact-how"
            name="how"
            type="text"
            value={values.how ?? ""}
            autocomplete="off"
            aria-describedby={`contact-how-hint${error ? " contact-how-error" : ""}`}
          />
        </div>
        <div class="form-group">
          <label class="label" for="contact-when">
            {t("contact.whenLabel")}
          </label>
          <input
            class="text-input"
            id="contact-when"
            name="when"
            type="text"
            value={values.when ?? ""}
            autocomplete="off"
          />
        </div>
        <div class="form-group">
          <label class="label" for="contact-message">
            {t("contact.messageLabel")}
          </label>
          <textarea
            class="text-input text-input--long"
            id="contact-message"
            name="message"
            rows={4}
            autocomplete="off"
          >
            {values.message ?? ""}
          </textarea>
        </div>
        {receipt ? (
          <div class="form-group">
            <div class="choice">
              <input
                class="choice__input"
                id="contact-link"
                name="link"
                type="checkbox"
                value="yes"
                checked={values.link}
                aria-describedby="contact-link-hint"
              />
              <label class="choice__label" for="contact-link">
                {t("contact.linkLabel")}
              </label>
            </div>
            <p id="contact-link-hint" class="hint">
              {t("contact.linkHint")}
            </p>
          </div>
        ) : null}
        <button type="submit" class="button">
          {t("contact.submit")}
        </button>
      </form>
    </Layout>
  );
}
