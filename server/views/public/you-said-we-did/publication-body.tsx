import type { TFunction } from "i18next";
import { type ContentFilter, shownContent } from "../../../domain/publications/public-view";
import type { PublicationContent, Reader } from "../../../domain/publications/publication-content";
import { formatsFor } from "./format";
import { FilterForm, ReaderSwitch } from "./view-controls";
import { WeAsked } from "./we-asked";
import { WeDid } from "./we-did";
import { YouSaid } from "./you-said";

export type BodyProps = {
  t: TFunction;
  locale: string;
  content: PublicationContent;
  reader: Reader;
  filter: ContentFilter;
  /** The path the reader links and the filter form point at. */
  base: string;
};

/**
 * One publication as the public reads it, for one reader and filter: the same component renders the
 * public pages and the officers' preview, so the preview is exactly what will be published.
 */
export function PublicationBody({ t, locale, content, reader, filter, base }: BodyProps) {
  const f = formatsFor(locale);
  const shown = shownContent(content, filter);
  const filtered = Boolean(filter.harm || filter.outcome);
  const nothing = filtered && shown.themes.length === 0 && shown.otherActions.length === 0;
  return (
    <div class={`ysd ysd--${reader}`}>
      <p class="lead">
        {t("ysd.period", { from: f.day(content.period.from), to: f.day(content.period.to) })}
      </p>
      <p class="ysd-subtitle" lang={locale === "en" ? undefined : "en"}>
        {content.title}
      </p>
      <ReaderSwitch t={t} base={base} reader={reader} filter={filter} />
      <WeAsked t={t} locale={locale} content={content} reader={reader} f={f} />
      <FilterForm t={t} base={base} reader={reader} filter={filter} />
      {nothing ? <p class="ysd-nothing">{t("ysd.filter.nothing")}</p> : null}
      <YouSaid t={t} locale={locale} content={content} themes={shown.themes} reader={reader} f={f} />
      <WeDid
        t={t}
        locale={locale}
        themes={shown.themes}
        otherActions={shown.otherActions}
        reader={reader}
        f={f}
      />
      <p class="ysd-small">{t("ysd.small", { k: content.k })}</p>
    </div>
  );
}
