import type { StaffContext } from "../../../http/app-env";
import type { SurveyRow } from "../../../routes/workspace/admin/survey-rows";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { DoneBanner, NamedButton } from "./admin-fields";

const COUNTS = ["total", "thisQuarter", "withdrawn", "paper"] as const;

/** `/workspace/surveys`: each survey's state and counts, a button to open or close it, and paper import. */
export function SurveysPage(
  props: PageContext & { staff?: StaffContext; surveys: SurveyRow[]; done?: string },
) {
  const { t, locale, surveys } = props;
  const number = new Intl.NumberFormat(locale);
  return (
    <WorkspaceLayout {...props} title={t("ws.admin.surveys.title")} section="surveys">
      <DoneBanner message={props.done} />
      <h1>{t("ws.admin.surveys.title")}</h1>
      <p class="lead">{t("ws.admin.surveys.lead")}</p>
      <div class="table-wrap">
        <table class="table admin-surveys">
          <caption>{t("ws.admin.surveys.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.admin.surveys.survey")}</th>
              <th scope="col">{t("ws.admin.surveys.state")}</th>
              {COUNTS.map((key) => (
                <th scope="col" class="numeric" key={key}>
                  {t(`ws.admin.surveys.counts.${key}`)}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{t("ws.admin.surveys.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((survey) => (
              <tr key={survey.id}>
                <th scope="row">
                  {survey.title}
                  <span class="admin-survey-audience">{t(`audience.${survey.audience}`)}</span>
                </th>
                <td>
                  {survey.status === "open" ? (
                    <strong class="tag">{t("ws.admin.surveys.open")}</strong>
                  ) : (
                    <strong class="tag tag--warning">{t("ws.admin.surveys.closed")}</strong>
                  )}
                </td>
                {COUNTS.map((key) => (
                  <td class="numeric" key={key}>
                    {number.format(survey.counts[key])}
                  </td>
                ))}
                <td class="admin-actions">
                  <form method="post" action={`/workspace/surveys/${survey.id}/status`}>
                    <input type="hidden" name="status" value={survey.status === "open" ? "closed" : "open"} />
                    <NamedButton
                      label={
                        survey.status === "open" ? t("ws.admin.surveys.close") : t("ws.admin.surveys.reopen")
                      }
                      about={survey.title}
                      kind="secondary"
                    />
                  </form>
                  <a href={`/workspace/surveys/${survey.id}/import`}>
                    {t("ws.admin.surveys.import")}
                    <span class="visually-hidden"> {survey.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WorkspaceLayout>
  );
}
