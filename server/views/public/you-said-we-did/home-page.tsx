import type { PublicationRow, VersionSummary } from "../../../db/queries/publications";
import type { ContentFilter } from "../../../domain/publications/public-view";
import type { Reader } from "../../../domain/publications/publication-content";
import { Layout, type PageContext } from "../../layout";
import { formatsFor } from "./format";
import { PublicationBody } from "./publication-body";

type Props = PageContext & {
  latest?: PublicationRow;
  archive: VersionSummary[];
  reader: Reader;
  filter: ContentFilter;
};

/** `/you-said-we-did`: the newest publication in full, then every published version to go back to. */
export function YsdHomePage(props: Props) {
  const { t, locale, latest, archive } = props;
  const f = formatsFor(locale);
  return (
    <Layout {...props} title={t("ysd.title")}>
      <h1>{t("ysd.title")}</h1>
      <p class="lead">{t("ysd.lead")}</p>
      {latest ? (
        <PublicationBody {...props} content={latest.content} base="/you-said-we-did" />
      ) : (
        <p>{t("ysd.none")}</p>
      )}
      <section aria-labelledby="archive">
        <h2 id="archive">{t("ysd.archive.heading")}</h2>
        {archive.length === 0 ? (
          <p>{t("ysd.archive.none")}</p>
        ) : (
          <div class="ysd-table-wrap">
            <table class="ysd-table">
              <caption>{t("ysd.archive.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("ysd.archive.update")}</th>
                  <th scope="col">{t("ysd.archive.covers")}</th>
                  <th scope="col">{t("ysd.archive.published")}</th>
                </tr>
              </thead>
              <tbody>
                {archive.map((v) => (
                  <tr key={`${v.id}/${v.version}`}>
                    <th scope="row">
                      <a href={`/you-said-we-did/${v.id}/v/${v.version}`}>
                        <span lang={locale === "en" ? undefined : "en"}>{v.title}</span> (
                        {t("ysd.version", { version: v.version })})
                      </a>
                    </th>
                    <td>{t("ysd.period", { from: f.day(v.periodFrom), to: f.day(v.periodTo) })}</td>
                    <td>{v.publishedOn ? f.day(v.publishedOn) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <p>
        <a href="/you-said-we-did/feed.xml" type="application/atom+xml">
          {t("ysd.feed.link")}
        </a>
      </p>
    </Layout>
  );
}
