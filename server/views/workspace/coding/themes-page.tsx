import type { Theme } from "../../../db/queries/themes";
import type { StaffContext } from "../../../http/app-env";
import { BackLink } from "../../components/back-link";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { labelsFor } from "./labels";
import { ThemeForm, type ThemeFormValues } from "./theme-form";

type Frame = PageContext & { staff: StaffContext };

/** The codebook: every theme, how many answers carry it, and a form to add one. */
export function ThemesPage(
  props: Frame & {
    themes: (Theme & { uses: number })[];
    values?: ThemeFormValues;
    errors: FieldError[];
    added?: string;
  },
) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.coding.themes.title");
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="themes"
    >
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <p class="lead">{t("ws.coding.themes.lead")}</p>
      {props.added ? (
        <p class="notice" role="status">
          {t("ws.coding.themes.added", { label: props.added })}
        </p>
      ) : null}
      <div class="table-wrap">
        <table class="table coding-themes-table" data-themes-table>
          <caption>{t("ws.coding.themes.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.coding.fields.theme")}</th>
              <th scope="col">{t("ws.coding.themes.outcomes")}</th>
              <th scope="col">{t("ws.coding.themes.harms")}</th>
              <th scope="col" class="numeric">
                {t("ws.coding.themes.uses")}
              </th>
              <th scope="col">{t("ws.coding.themes.status")}</th>
            </tr>
          </thead>
          <tbody>
            {props.themes.map((th) => (
              <tr key={th.id} id={`theme-${th.id}`}>
                <th scope="row">
                  <a href={`/workspace/themes/${encodeURIComponent(th.id)}`}>
                    {th.label}
                    <span class="visually-hidden"> – {t("ws.coding.themes.edit")}</span>
                  </a>
                  {th.description ? <p class="hint">{th.description}</p> : null}
                </th>
                <td>{th.outcomes.map(labels.outcome).join("; ") || "–"}</td>
                <td>{th.harms.map(labels.harm).join("; ") || "–"}</td>
                <td class="numeric" data-uses>
                  {labels.number(th.uses)}
                </td>
                <td>
                  <strong class={`tag${th.retired ? " tag--warning" : ""}`}>
                    {t(th.retired ? "ws.coding.themes.retired" : "ws.coding.themes.live")}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("ws.coding.themes.addHeading")}</h2>
      <ThemeForm
        t={t}
        labels={labels}
        action="/workspace/themes"
        values={props.values}
        errors={props.errors}
        submit={t("ws.coding.themes.add")}
        editing={false}
      />
    </WorkspaceLayout>
  );
}

/** One theme's form, to change it or retire it. */
export function EditThemePage(
  props: Frame & { theme: Theme; values: ThemeFormValues; errors: FieldError[] },
) {
  const { t, locale } = props;
  const title = t("ws.coding.themes.editTitle", { label: props.theme.label });
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="themes"
    >
      <BackLink href="/workspace/themes" label={t("ws.coding.themes.back")} />
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <ThemeForm
        t={t}
        labels={labelsFor(t, locale)}
        action={`/workspace/themes/${encodeURIComponent(props.theme.id)}`}
        values={props.values}
        errors={props.errors}
        submit={t("ws.coding.themes.save")}
        editing
      />
    </WorkspaceLayout>
  );
}
