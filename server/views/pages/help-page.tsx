import type { HelpAudience, HelpService } from "../../domain/help/help-services";
import { Layout, type PageContext } from "../layout";

const SECTIONS = ["danger", "talk", "report", "local"] as const;

function ServiceCard({
  t,
  service,
  audience,
}: Pick<PageContext, "t"> & { service: HelpService; audience: HelpAudience }) {
  const national = !service.name;
  const name = national ? t(`help.services.${service.id}.name`) : service.name;
  const description = national
    ? t(`help.services.${service.id}.description.${audience}`)
    : service.description;
  return (
    <li class="help-service">
      <h3>{name}</h3>
      {description ? <p>{description}</p> : null}
      {service.phones.map((phone) => (
        <p key={phone.dial}>
          <a class="help-service__phone" href={`tel:${phone.dial}`}>
            {phone.label
              ? t("help.callLabelled", { number: phone.number, label: t(`help.${phone.label}`) })
              : t("help.call", { number: phone.number })}
          </a>
        </p>
      ))}
      {service.email ? (
        <p>
          <a href={`mailto:${service.email}`}>{service.email}</a>
        </p>
      ) : null}
      {service.url ? (
        <p>
          <a href={service.url} rel="noreferrer">
            {service.urlLabel ?? service.url}
          </a>
        </p>
      ) : null}
      <p class="hint">{t("help.lastChecked", { date: service.lastChecked })}</p>
    </li>
  );
}

/** `/help`: who to call or contact, worded for the audience, every number a `tel:` link. */
export function HelpPage(props: PageContext & { audience: HelpAudience; services: HelpService[] }) {
  const { t, locale, url, kiosk, helpFor, audience, services } = props;
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("help.title")}>
      <h1>{t("help.title")}</h1>
      <p class="lead">{t(`help.intro.${audience}`)}</p>
      <p>
        <a href="/talk-to-someone">{t("contact.offer")}</a>
      </p>
      {SECTIONS.map((section) => {
        const inSection = services.filter((s) => s.section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`help-${section}`}>
            <h2 id={`help-${section}`}>{t(`help.sections.${section}`)}</h2>
            <ul class="help-services">
              {inSection.map((service) => (
                <ServiceCard key={service.id} t={t} service={service} audience={audience} />
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
