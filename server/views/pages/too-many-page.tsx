import { Layout, type PageContext } from "../layout";

/**
 * The page a person sees when too much was sent from their place in the last minute. What they sent
 * comes back as hidden fields of a "Send again" form (and a journey's draft is still on the server),
 * so waiting a minute and pressing the button loses nothing.
 */
export function TooManyPage(props: PageContext & { action: string; fields: [string, string][] }) {
  const { t, locale, url, kiosk, helpFor, action, fields } = props;
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("errors.tooManyTitle")}>
      <h1>{t("errors.tooManyTitle")}</h1>
      <p>{t("errors.tooManyBody")}</p>
      <p>{t("errors.tooManyKept")}</p>
      <form method="post" action={action} data-enhance>
        {fields.map(([name, value], index) => (
          // Repeated names (several ticked boxes) are distinct fields, so the key carries the position.
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" class="button">
          {t("errors.sendAgain")}
        </button>
      </form>
    </Layout>
  );
}
