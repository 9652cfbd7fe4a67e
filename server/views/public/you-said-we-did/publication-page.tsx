import type { VersionSummary } from "../../../db/queries/publications";
import type { ContentFilter } from "../../../domain/publications/public-view";
import type { PublicationContent, Reader } from "../../../domain/publications/publication-content";
import { Layout, type PageContext } from "../../layout";
import { formatsFor } from "./format";
import { PublicationBody } from "./publication-body";

type Props = PageContext & {
  content: PublicationContent;
  reader: Reader;
  filter: ContentFilter;
  base: string;
  /** This version and its siblings; absent in the officers' preview of a draft. */
  version?: { id: string; number: number; publishedOn: string | null; all: VersionSummary[] };
  preview?: boolean;
};

/** One publication version (or a draft's preview), framed like every public page. */
export function PublicationPage(props: Props) {
  const { t, locale, version } = props;
  const f = formatsFor(locale);
  const newest = version?.all.at(-1);
  return (
    <Layout {...props} title={t("ysd.title")}>
      {props.preview ? (
        <p class="ysd-preview" role="note">
          {t("ysd.preview")}
        </p>
      ) : null}
      <h1>{t("ysd.title")}</h1>
      {version && newest && newest.version !== version.number ? (
        <p class="notice">
          <a href={`/you-said-we-did/${version.id}/v/${newest.version}`}>{t("ysd.newer")}</a>
        </p>
      ) : null}
      <PublicationBody {...props} />
      {version ? (
        <section class="ysd-versions" aria-labelledby="versions">
          <p>
            {t("ysd.versionNote", {
              version: version.number,
              date: version.publishedOn ? f.day(version.publishedOn) : "",
            })}
          </p>
          <h2 id="versions">{t("ysd.versionsHeading")}</h2>
          <ul>
            {version.all.map((v) => (
              <li key={v.version}>
                <a
                  class="ysd-versions__link"
                  href={`/you-said-we-did/${v.id}/v/${v.version}`}
                  aria-current={v.version === version.number ? "page" : undefined}
                >
                  {t("ysd.version", { version: v.version })}
                </a>
                {v.publishedOn ? ` – ${f.day(v.publishedOn)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
