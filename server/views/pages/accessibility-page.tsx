import { Layout, type PageContext } from "../layout";

/** The accessibility statement, after the GDS sample statement's sections. */
export function AccessibilityPage({
  t,
  locale,
  url,
  kiosk,
  helpFor,
  preparedOn,
}: PageContext & { preparedOn: string }) {
  const canDo = t("accessibility.canDo", { returnObjects: true }) as string[];
  const section = (key: string, body: string) => (
    <>
      <h2>{t(`accessibility.${key}Title`)}</h2>
      <p>{body}</p>
    </>
  );
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("accessibility.title")}>
      <h1>{t("accessibility.title")}</h1>
      <p>{t("accessibility.intro")}</p>
      <ul class="list">
        {canDo.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {section("howAccessible", t("accessibility.howAccessible"))}
      {section("feedback", t("accessibility.feedback"))}
      {section("enforcement", t("accessibility.enforcement"))}
      <h2>{t("accessibility.technicalTitle")}</h2>
      {section("compliance", t("accessibility.compliance"))}
      {section("preparation", t("accessibility.preparation", { date: preparedOn }))}
    </Layout>
  );
}
