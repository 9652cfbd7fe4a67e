import { Layout, type PageContext } from "../layout";

/** A plain page of paragraphs: help, privacy, the exit explanation, not found. */
export function TextPage({
  t,
  locale,
  url,
  kiosk,
  helpFor,
  title,
  paragraphs,
  links = [],
}: PageContext & {
  title: string;
  paragraphs: string[];
  links?: { href: string; label: string }[];
}) {
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={title}>
      <h1>{title}</h1>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {links.map((link) => (
        <p key={link.href}>
          <a href={link.href}>{link.label}</a>
        </p>
      ))}
    </Layout>
  );
}
