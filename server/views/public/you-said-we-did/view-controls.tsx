import type { TFunction } from "i18next";
import type { ContentFilter } from "../../../domain/publications/public-view";
import { READERS, type Reader } from "../../../domain/publications/publication-content";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";

/** The address of this page for a reader and filter (the language stays with the cookie or `?lang`). */
export function pageHref(base: string, reader: Reader, filter: ContentFilter): string {
  const params = new URLSearchParams();
  if (reader !== "adult") params.set("for", reader);
  if (filter.harm) params.set("harm", filter.harm);
  if (filter.outcome) params.set("outcome", filter.outcome);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** Links to the children's, young people's and adults' versions of the same page. */
export function ReaderSwitch({
  t,
  base,
  reader,
  filter,
}: {
  t: TFunction;
  base: string;
  reader: Reader;
  filter: ContentFilter;
}) {
  return (
    <nav class="ysd-readers" aria-label={t("ysd.readers.label")}>
      <p class="ysd-readers__label" aria-hidden="true">
        {t("ysd.readers.label")}
      </p>
      <ul>
        {READERS.map((r) => (
          <li key={r}>
            <a
              class="ysd-readers__link"
              href={pageHref(base, r, filter)}
              aria-current={r === reader ? "page" : undefined}
            >
              {t(`ysd.readers.${r}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Narrow the page to one harm and/or one outcome: a GET form, so it works without JavaScript. */
export function FilterForm({
  t,
  base,
  reader,
  filter,
}: {
  t: TFunction;
  base: string;
  reader: Reader;
  filter: ContentFilter;
}) {
  const what = [
    filter.harm ? t(`ysd.harms.${filter.harm}`) : undefined,
    filter.outcome ? t(`ysd.outcomes.${filter.outcome}`) : undefined,
  ].filter(Boolean);
  return (
    <form method="get" action={base} class="ysd-filter">
      <fieldset class="fieldset">
        <legend class="fieldset__legend label">{t("ysd.filter.heading")}</legend>
        {reader !== "adult" ? <input type="hidden" name="for" value={reader} /> : null}
        <div class="ysd-filter__fields">
          <div class="form-group">
            <label class="label" for="harm">
              {t("ysd.filter.harm")}
            </label>
            <select class="ysd-select" id="harm" name="harm">
              <option value="">{t("ysd.filter.any")}</option>
              {frameworkIds.harms.map((id) => (
                <option key={id} value={id} selected={filter.harm === id}>
                  {t(`ysd.harms.${id}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="form-group">
            <label class="label" for="outcome">
              {t("ysd.filter.outcome")}
            </label>
            <select class="ysd-select" id="outcome" name="outcome">
              <option value="">{t("ysd.filter.any")}</option>
              {frameworkIds.outcomes.map((id) => (
                <option key={id} value={id} selected={filter.outcome === id}>
                  {t(`ysd.outcomes.${id}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button--secondary">
            {t("ysd.filter.apply")}
          </button>
        </div>
      </fieldset>
      {what.length > 0 ? (
        <p role="status">
          {t("ysd.filter.showing", { what: what.join("; ") })}{" "}
          <a href={pageHref(base, reader, {})}>{t("ysd.filter.clear")}</a>
        </p>
      ) : null}
    </form>
  );
}
