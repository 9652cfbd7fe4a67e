import type { AuditRow } from "../../../db/queries/audit-log";
import type { StaffContext } from "../../../http/app-env";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { formatMoment } from "../safeguarding/format-date";
import { WorkspaceLayout } from "../workspace-layout";
import { AuditFilters, type AuditFormValues } from "./audit-filters";

export type AuditPageProps = PageContext & {
  staff?: StaffContext;
  values: AuditFormValues;
  actions: readonly string[];
  /** Field id -> message, for filters that could not be used. */
  errors: Record<string, string>;
  events: readonly AuditRow[];
  /** Query string of the filters (no position), for the paging and export links. */
  filterQuery: string;
  /** The id to page back from, when there are older events. */
  olderBefore: number | null;
  /** Whether this is a page back from the newest. */
  paged: boolean;
};

const detailText = (detail: AuditRow["detail"]) =>
  detail
    ? Object.entries(detail)
        .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join("; ")
    : "";

/** The audit log for admins: who did what and when, newest first, filterable, exportable. */
export function AuditPage(props: AuditPageProps) {
  const { t, locale, events, errors } = props;
  const s = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.safeguarding.audit.${key}`, options);
  const fieldErrors: FieldError[] = Object.entries(errors).map(([id, message]) => ({
    href: `#${id}`,
    message,
  }));
  const qs = props.filterQuery ? `?${props.filterQuery}` : "";
  const withQuery = (extra: string) =>
    `/workspace/audit?${[props.filterQuery, extra].filter(Boolean).join("&")}`;
  return (
    <WorkspaceLayout
      {...props}
      title={`${fieldErrors.length ? `${t("errors.prefix")} ` : ""}${s("title")}`}
      section="audit"
    >
      <ErrorSummary t={t} errors={fieldErrors} />
      <h1>{s("title")}</h1>
      <p class="lead">{s("lead")}</p>
      <AuditFilters t={t} values={props.values} actions={props.actions} errors={errors} />
      {fieldErrors.length ? null : (
        <>
          <p>
            <a href={`/api/audit.csv${qs}`} download>
              {s("export")}
            </a>
          </p>
          {events.length === 0 ? (
            <p>{s("none")}</p>
          ) : (
            <div class="table-wrap">
              <table class="table audit-table">
                <caption>{s(props.paged ? "captionOlder" : "caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s("columns.at")}</th>
                    <th scope="col">{s("columns.actor")}</th>
                    <th scope="col">{s("columns.action")}</th>
                    <th scope="col">{s("columns.target")}</th>
                    <th scope="col">{s("columns.detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((e) => (
                    <tr key={e.id}>
                      <td>{formatMoment(locale, e.at)}</td>
                      <td>{e.actorEmail ?? s("noActor")}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>{e.target ? <code class="audit-target">{e.target}</code> : null}</td>
                      <td class="audit-detail">{detailText(e.detail)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav aria-label={s("pages")}>
            <ul class="pagination">
              {props.paged ? (
                <li>
                  <a href={withQuery("")}>{s("newest")}</a>
                </li>
              ) : null}
              {props.olderBefore ? (
                <li>
                  <a href={withQuery(`before=${props.olderBefore}`)} rel="next">
                    {s("older")}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        </>
      )}
    </WorkspaceLayout>
  );
}
