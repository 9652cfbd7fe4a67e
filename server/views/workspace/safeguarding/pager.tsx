import type { TFunction } from "i18next";

type PagerProps = {
  t: TFunction;
  /** Names the navigation landmark, so two pagers on one page can be told apart. */
  label: string;
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
};

/** Previous and next links for a numbered list, and which page this is; nothing when one page holds all. */
export function Pager({ t, label, page, total, pageSize, href }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={label}>
      <ul class="pagination">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t("ws.safeguarding.pager.previous")}
            </a>
          </li>
        ) : null}
        <li>{t("ws.safeguarding.pager.position", { page, pages })}</li>
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t("ws.safeguarding.pager.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
