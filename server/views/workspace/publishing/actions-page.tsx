import type { ActionUpdate, ListedAction } from "../../../db/queries/actions";
import type { Theme } from "../../../db/queries/themes";
import type { Rag } from "../../../domain/actions/rag-status";
import type { StaffContext } from "../../../http/app-env";
import { BackLink } from "../../components/back-link";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { labelsFor } from "../coding/labels";
import { WorkspaceLayout } from "../workspace-layout";
import { ActionForm, type ActionFormValues } from "./action-form";
import { errorFor, TextField } from "./form-fields";

type Frame = PageContext & { staff: StaffContext };

const RAG_TAG: Record<Rag, string> = {
  red: "tag--danger",
  amber: "tag--warning",
  green: "",
  done: "tag--done",
};

/** Every action with who leads it, its status, due date and RAG (in words, not colour alone). */
export function ActionsPage(
  props: Frame & { actions: (ListedAction & { rag: Rag })[]; canWrite: boolean; notice?: string },
) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.publishing.actions.title");
  return (
    <WorkspaceLayout {...props} title={title} section="actions">
      <h1>{title}</h1>
      <p class="lead">{t("ws.publishing.actions.lead")}</p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.canWrite ? (
        <a class="button" href="/workspace/actions/new">
          {t("ws.publishing.actions.add")}
        </a>
      ) : null}
      {props.actions.length === 0 ? <p>{t("ws.publishing.actions.none")}</p> : null}
      {props.actions.length > 0 ? (
        <div class="table-wrap">
          <table class="table publishing-actions">
            <caption>{t("ws.publishing.actions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ws.publishing.actions.action")}</th>
                <th scope="col">{t("ws.publishing.actions.who")}</th>
                <th scope="col">{t("ws.publishing.actions.status")}</th>
                <th scope="col">{t("ws.publishing.actions.due")}</th>
                <th scope="col">{t("ws.publishing.actions.rag")}</th>
              </tr>
            </thead>
            <tbody>
              {props.actions.map((a) => (
                <tr key={a.id} id={`action-${a.id}`}>
                  <th scope="row">
                    {props.canWrite ? (
                      <a href={`/workspace/actions/${a.id}`}>
                        {a.title}
                        <span class="visually-hidden"> – {t("ws.publishing.actions.edit")}</span>
                      </a>
                    ) : (
                      a.title
                    )}
                  </th>
                  <td>
                    {t(`ws.publishing.agency.${a.agency}`)}: {a.owningTeam}
                  </td>
                  <td>{t(`ws.publishing.status.${a.status}`)}</td>
                  <td>{a.dueOn ? labels.day(a.dueOn) : "–"}</td>
                  <td>
                    <strong class={`tag ${RAG_TAG[a.rag]}`} data-rag={a.rag}>
                      {t(`ws.publishing.rag.${a.rag}`)}
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </WorkspaceLayout>
  );
}

type FormPageProps = Frame & { values: ActionFormValues; errors: FieldError[]; themes: Theme[] };

/** A new action's form. */
export function NewActionPage(props: FormPageProps) {
  const { t, locale } = props;
  const title = t("ws.publishing.actions.newTitle");
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="actions"
    >
      <BackLink href="/workspace/actions" label={t("ws.publishing.actions.back")} />
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <ActionForm
        t={t}
        labels={labelsFor(t, locale)}
        action="/workspace/actions"
        values={props.values}
        errors={props.errors}
        themes={props.themes}
      />
    </WorkspaceLayout>
  );
}

/** One action: its form, its progress notes and a form to add one. */
export function EditActionPage(
  props: FormPageProps & {
    id: string;
    notes: ActionUpdate[];
    noteValue: string;
    noteError?: string;
    notice?: string;
  },
) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.publishing.actions.editTitle");
  const errors = props.noteError
    ? [...props.errors, { href: "#note", message: props.noteError }]
    : props.errors;
  return (
    <WorkspaceLayout
      {...props}
      title={errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="actions"
    >
      <BackLink href="/workspace/actions" label={t("ws.publishing.actions.back")} />
      <ErrorSummary t={t} errors={errors} />
      <h1>{title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ActionForm
        t={t}
        labels={labels}
        action={`/workspace/actions/${props.id}`}
        values={props.values}
        errors={props.errors}
        themes={props.themes}
      />
      <h2 id="notes">{t("ws.publishing.actions.notes.heading")}</h2>
      {props.notes.length === 0 ? (
        <p>{t("ws.publishing.actions.notes.none")}</p>
      ) : (
        <table class="table">
          <caption>{t("ws.publishing.actions.notes.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.publishing.actions.notes.date")}</th>
              <th scope="col">{t("ws.publishing.actions.notes.note")}</th>
            </tr>
          </thead>
          <tbody>
            {props.notes.map((n) => (
              <tr key={n.id}>
                <td>{labels.day(n.writtenOn)}</td>
                <td class="publishing-note">{n.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("ws.publishing.actions.notes.add")}</h3>
      <form method="post" action={`/workspace/actions/${props.id}/updates`} novalidate>
        <TextField
          id="note"
          label={t("ws.publishing.actions.notes.label")}
          hint={t("ws.publishing.actions.notes.hint")}
          value={props.noteValue}
          error={errorFor(errors, "note")}
          long
        />
        <button type="submit" class="button button--secondary">
          {t("ws.publishing.actions.notes.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}
