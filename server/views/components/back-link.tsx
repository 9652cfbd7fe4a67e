/** GOV.UK back link: a plain link, so it works without JavaScript and does not depend on history. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a class="back-link" href={href}>
      {label}
    </a>
  );
}
