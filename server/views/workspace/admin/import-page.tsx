import type { TFunction } from "i18next";
import type { ComponentChildren } from "preact";
import { answerKind } from "../../../domain/surveys/answer-kind";
import { bundledFramework } from "../../../domain/surveys/bundled-framework";
import { choiceOptions } from "../../../domain/surveys/choice-options";
import type { Question, Survey } from "../../../domain/surveys/survey-schema";
import type { StaffContext } from "../../../http/app-env";
import { ErrorSummary } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { Checkbox } from "./admin-fields";

export type ImportPageProps = PageContext & {
  staff?: StaffContext;
  /** The survey in the officer's language (titles), with the ids and values the file must use. */
  survey: Survey;
  closed: boolean;
  locales: readonly string[];
  error?: string;
  dryRun?: boolean;
  /** The last upload's report, shown first. */
  report?: ComponentChildren;
};

/** What an officer writes in a question's column. */
function whatToWrite(t: TFunction, question: Question): string {
  const kind = answerKind(question);
  if (kind === "text") return t("ws.admin.import.writeText");
  const values = choiceOptions(question, bundledFramework)
    .map((o) => o.value)
    .join(", ");
  return kind === "many"
    ? t("ws.admin.import.writeMany", { values })
    : t("ws.admin.import.writeOne", { values });
}

/** The columns a file for this survey may have, as a table to copy from. */
function ColumnGuide({ t, survey, locales }: Pick<ImportPageProps, "t" | "survey" | "locales">) {
  return (
    <>
      <h2>{t("ws.admin.import.columnsTitle")}</h2>
      <p>{t("ws.admin.import.columnsLead")}</p>
      <p>{t("ws.admin.import.optionalColumns", { locales: locales.join(", ") })}</p>
      <div class="table-wrap">
        <table class="table admin-columns">
          <caption>{t("ws.admin.import.columnsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.admin.import.column")}</th>
              <th scope="col">{t("ws.admin.import.question")}</th>
              <th scope="col">{t("ws.admin.import.write")}</th>
            </tr>
          </thead>
          <tbody>
            {survey.questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">
                  <code>{q.id}</code>
                </th>
                <td>{q.title}</td>
                <td>{whatToWrite(t, q)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/workspace/surveys/${survey.id}/import/template.csv`} download={`${survey.id}-paper.csv`}>
          {t("ws.admin.import.template")}
        </a>
      </p>
    </>
  );
}

/** `/workspace/surveys/:id/import`: what the file must look like, then the upload form. */
export function ImportPage(props: ImportPageProps) {
  const { t, survey, error } = props;
  const title = t("ws.admin.import.title", { survey: survey.title });
  return (
    <WorkspaceLayout {...props} title={`${error ? `${t("errors.prefix")} ` : ""}${title}`} section="surveys">
      <a class="back-link" href="/workspace/surveys">
        {t("ws.admin.import.back")}
      </a>
      <ErrorSummary t={t} errors={error ? [{ href: "#file", message: error }] : []} />
      <h1>{title}</h1>
      {props.report}
      <p class="lead">{t("ws.admin.import.lead")}</p>
      {props.closed ? <p class="inset">{t("ws.admin.import.closedNote")}</p> : null}
      <ColumnGuide t={t} survey={survey} locales={props.locales} />
      <h2>{t("ws.admin.import.uploadTitle")}</h2>
      <form
        method="post"
        action={`/workspace/surveys/${survey.id}/import`}
        enctype="multipart/form-data"
        novalidate
      >
        <div class={`form-group${error ? " form-group--error" : ""}`}>
          <label class="label" for="file">
            {t("ws.admin.import.fileLabel")}
          </label>
          <p id="file-hint" class="hint">
            {t("ws.admin.import.fileHint")}
          </p>
          {error ? (
            <p id="file-error" class="error-message">
              <span class="visually-hidden">{t("errors.prefix")}</span> {error}
            </p>
          ) : null}
          <input
            class="admin-file-input"
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={error ? "file-hint file-error" : "file-hint"}
          />
        </div>
        <Checkbox
          id="dry-run"
          name="dryRun"
          value="true"
          label={t("ws.admin.import.checkOnly")}
          checked={props.dryRun ?? true}
        />
        <button type="submit" class="button">
          {t("ws.admin.import.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}
