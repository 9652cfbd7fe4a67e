import type { VersionSummary } from "../../../db/queries/publications";
import { READERS } from "../../../domain/publications/publication-content";
import type { StaffContext } from "../../../http/app-env";
import { BackLink } from "../../components/back-link";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { labelsFor } from "../coding/labels";
import { WorkspaceLayout } from "../workspace-layout";
import { errorFor, TextField } from "./form-fields";

type Frame = PageContext & { staff: StaffContext; canWrite: boolean };

/** Every publication with its newest version, and a form to start one. */
export function PublicationsPage(
  props: Frame & {
    rows: VersionSummary[];
    k: number;
    values: { period: string; title: string };
    errors: FieldError[];
  },
) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.publishing.publications.title");
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="publications"
    >
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <p class="lead">{t("ws.publishing.publications.lead", { k: props.k })}</p>
      {props.canWrite ? (
        <p>
          <a href="/workspace/publishing/quotes">{t("ws.publishing.quotes.title")}</a> ·{" "}
          <a href="/workspace/actions">{t("ws.publishing.actions.title")}</a>
        </p>
      ) : null}
      {props.rows.length === 0 ? (
        <p>{t("ws.publishing.publications.none")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{t("ws.publishing.publications.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ws.publishing.publications.publication")}</th>
                <th scope="col">{t("ws.publishing.publications.period")}</th>
                <th scope="col">{t("ws.publishing.publications.newest")}</th>
                <th scope="col">{t("ws.publishing.publications.status")}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={`/workspace/publications/${row.id}`}>{row.title}</a>
                  </th>
                  <td>
                    {labels.day(row.periodFrom)} – {labels.day(row.periodTo)}
                  </td>
                  <td>{t("ws.publishing.publications.versionN", { version: row.version })}</td>
                  <td>
                    <strong class={`tag${row.status === "draft" ? " tag--warning" : ""}`}>
                      {t(`ws.publishing.publications.${row.status}`)}
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canWrite ? (
        <>
          <h2>{t("ws.publishing.publications.start")}</h2>
          <form method="post" action="/workspace/publications" novalidate>
            <TextField
              id="period"
              label={t("ws.publishing.publications.periodLabel")}
              hint={t("ws.publishing.publications.periodHint")}
              value={props.values.period}
              error={errorFor(props.errors, "period")}
            />
            <TextField
              id="title"
              label={t("ws.publishing.publications.titleLabel")}
              hint={t("ws.publishing.publications.titleHint")}
              value={props.values.title}
              error={errorFor(props.errors, "title")}
            />
            <button type="submit" class="button">
              {t("ws.publishing.publications.create")}
            </button>
          </form>
        </>
      ) : null}
    </WorkspaceLayout>
  );
}

/** One publication: its versions, the preview links, and the forms to update the draft and publish. */
export function PublicationAdminPage(
  props: Frame & {
    id: string;
    versions: VersionSummary[];
    notice?: string;
    errors?: FieldError[];
    typedTitle?: string;
  },
) {
  const { t, locale, id, versions } = props;
  const labels = labelsFor(t, locale);
  // The route renders this only for a publication that has at least one version.
  const newest = versions.at(-1) as VersionSummary;
  const next = newest.version + 1;
  const p = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.publishing.publications.${key}`, options);
  const errors = props.errors ?? [];
  return (
    <WorkspaceLayout
      {...props}
      title={errors.length ? `${t("errors.prefix")} ${newest.title}` : newest.title}
      section="publications"
    >
      <BackLink href="/workspace/publications" label={p("back")} />
      <ErrorSummary t={t} errors={errors} />
      <h1>{newest.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <div class="table-wrap">
        <table class="table">
          <caption>{p("versionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{p("version")}</th>
              <th scope="col">{p("status")}</th>
              <th scope="col">{p("created")}</th>
              <th scope="col">{p("published")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  {v.status === "published" ? (
                    <a href={`/you-said-we-did/${id}/v/${v.version}`}>{p("view", { version: v.version })}</a>
                  ) : (
                    p("versionN", { version: v.version })
                  )}
                </th>
                <td>
                  <strong class={`tag${v.status === "draft" ? " tag--warning" : ""}`}>{p(v.status)}</strong>
                </td>
                <td>{labels.day(v.createdOn.slice(0, 10))}</td>
                <td>{v.publishedOn ? labels.day(v.publishedOn.slice(0, 10)) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{p("previewHeading")}</h2>
      <p>{p("previewLead")}</p>
      <ul>
        {READERS.map((r) => (
          <li key={r}>
            <a href={`/workspace/publications/${id}/preview${r === "adult" ? "" : `?for=${r}`}`}>
              {p("previewFor", { reader: p(`readers.${r}`) })}
            </a>
          </li>
        ))}
      </ul>
      {props.canWrite ? (
        <>
          <h2>{newest.status === "draft" ? p("update") : p("newVersion", { version: next })}</h2>
          <p>
            {newest.status === "draft"
              ? p("updateLead")
              : p("newVersionLead", { version: newest.version, next })}
          </p>
          <form method="post" action={`/workspace/publications/${id}/draft`} novalidate>
            <TextField
              id="title"
              label={p("titleLabel")}
              hint={p("titleHint")}
              value={props.typedTitle ?? newest.title}
              error={errorFor(errors, "title")}
            />
            <button type="submit" class="button button--secondary">
              {newest.status === "draft" ? p("updateButton") : p("newVersion", { version: next })}
            </button>
          </form>
          <h2>{p("publish")}</h2>
          <p>
            {newest.status === "draft"
              ? p("publishLead", { version: newest.version })
              : p("republishLead", { next })}
          </p>
          <form method="post" action={`/workspace/publications/${id}/publish`}>
            <button type="submit" class="button">
              {p("publishButton", { version: newest.status === "draft" ? newest.version : next })}
            </button>
          </form>
        </>
      ) : null}
      {versions.some((v) => v.status === "published") ? (
        <p>
          <a href={`/you-said-we-did/${id}`}>{p("publicLink")}</a>
        </p>
      ) : null}
    </WorkspaceLayout>
  );
}
