import type { TFunction } from "i18next";
import type { StaffContext } from "../../../http/app-env";
import type { Overview } from "../../../routes/workspace/coding/overview-data";
import { ErrorSummary } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { CountCell } from "./count-cell";
import { type Labels, labelsFor } from "./labels";

type Props = PageContext & {
  staff: StaffContext;
  overview: Overview;
  quarters: string[];
  periodError?: string;
  canOpenSafeguarding: boolean;
};

type Row = Overview["bySurvey"][number];

function CountTable(props: {
  t: TFunction;
  labels: Labels;
  caption: string;
  head: string;
  rows: Row[];
  name: (key: string) => string;
  total?: Overview["total"];
}) {
  const { t, labels } = props;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col" class="numeric">
              {t("ws.coding.overview.responses")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{props.name(row.key)}</th>
              <td class="numeric">
                <CountCell t={t} labels={labels} cell={row.cell} />
              </td>
            </tr>
          ))}
        </tbody>
        {props.total ? (
          <tfoot>
            <tr>
              <th scope="row">{t("ws.coding.overview.total")}</th>
              <td class="numeric">
                <CountCell t={t} labels={labels} cell={props.total} />
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** The workspace's first page: this quarter at a glance, with nothing in it that could name a child. */
export function OverviewPage(props: Props) {
  const { t, locale, overview: o } = props;
  const labels = labelsFor(t, locale);
  const quarters = props.quarters.includes(o.period) ? props.quarters : [o.period, ...props.quarters];
  const title = t("ws.coding.overview.title");
  const when = labels.quarter(o.period, o.from, o.to);
  return (
    <WorkspaceLayout
      {...props}
      title={props.periodError ? `${t("errors.prefix")} ${title}` : title}
      section="overview"
    >
      <ErrorSummary
        t={t}
        errors={props.periodError ? [{ href: "#period", message: props.periodError }] : []}
      />
      <h1>{title}</h1>
      <form method="get" action="/workspace" class="filters">
        <div class="form-group">
          <label class="label" for="period">
            {t("ws.coding.period.label")}
          </label>
          <select class="select" id="period" name="period">
            {quarters.map((q) => (
              <option key={q} value={q} selected={q === o.period}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t("ws.coding.period.show")}
        </button>
      </form>
      <p class="lead">{when}</p>
      {o.k !== null ? <p class="inset">{t("ws.coding.counts.explained", { k: o.k })}</p> : null}

      <h2>{t("ws.coding.overview.responsesHeading")}</h2>
      <CountTable
        t={t}
        labels={labels}
        caption={t("ws.coding.overview.bySurvey", { period: o.period })}
        head={t("ws.coding.fields.survey")}
        rows={o.bySurvey}
        name={labels.survey}
        total={o.total}
      />
      <CountTable
        t={t}
        labels={labels}
        caption={t("ws.coding.overview.byAudience", { period: o.period })}
        head={t("ws.coding.fields.audience")}
        rows={o.byAudience}
        name={labels.audience}
        total={o.total}
      />

      <h2>{t("ws.coding.overview.themesHeading")}</h2>
      {o.topThemes.length === 0 ? (
        <p>{t("ws.coding.overview.noThemes")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-top-themes>
            <caption>{t("ws.coding.overview.topThemes", { period: o.period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ws.coding.fields.theme")}</th>
                <th scope="col" class="numeric">
                  {t("ws.coding.themes.uses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {o.topThemes.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td class="numeric">
                    <CountCell t={t} labels={labels} cell={row.cell} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("ws.coding.overview.openHeading")}</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t("ws.coding.overview.openSafeguarding")}</dt>
          <dd class="summary-list__value" data-open-safeguarding>
            <CountCell t={t} labels={labels} cell={o.openSafeguarding} />
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t("ws.coding.overview.openContact")}</dt>
          <dd class="summary-list__value" data-open-contact>
            <CountCell t={t} labels={labels} cell={o.openContact} />
          </dd>
        </div>
      </dl>
      {props.canOpenSafeguarding ? (
        <p>
          <a href="/workspace/safeguarding">{t("ws.coding.overview.openQueue")}</a>
        </p>
      ) : (
        <p class="hint">{t("ws.coding.overview.countsOnly")}</p>
      )}
    </WorkspaceLayout>
  );
}
