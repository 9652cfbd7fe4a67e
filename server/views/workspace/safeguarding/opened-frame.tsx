import type { TFunction } from "i18next";
import type { ComponentChildren } from "preact";
import type { StaffContext } from "../../../http/app-env";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";

/** What came back from a form on an opened page: which form failed and why, or what just succeeded. */
export type FormOutcome = {
  statusError?: string;
  noteError?: string;
  noteDraft?: string;
  done?: "status" | "note";
};

type OpenedFrameProps = PageContext & {
  staff?: StaffContext;
  heading: string;
  outcome: FormOutcome;
  children: ComponentChildren;
};

function errorsOf(outcome: FormOutcome): FieldError[] {
  return [
    ...(outcome.statusError ? [{ href: "#status", message: outcome.statusError }] : []),
    ...(outcome.noteError ? [{ href: "#note", message: outcome.noteError }] : []),
  ];
}

/**
 * The frame of an opened item or request: back to the queue, the error summary or a confirmation of
 * what was just saved, and a reminder that this opening was recorded.
 */
export function OpenedFrame(props: OpenedFrameProps) {
  const { t, heading, outcome } = props;
  const errors = errorsOf(outcome);
  return (
    <WorkspaceLayout
      {...props}
      title={`${errors.length ? `${t("errors.prefix")} ` : ""}${heading}`}
      section="safeguarding"
    >
      <a class="back-link" href="/workspace/safeguarding">
        {t("ws.safeguarding.item.back")}
      </a>
      <ErrorSummary t={t} errors={errors} />
      {outcome.done ? <Saved t={t} done={outcome.done} /> : null}
      <h1>{heading}</h1>
      <p class="inset">{t("ws.safeguarding.item.recorded")}</p>
      {props.children}
    </WorkspaceLayout>
  );
}

function Saved({ t, done }: { t: TFunction; done: "status" | "note" }) {
  return (
    <p class="notice" role="status">
      {t(done === "status" ? "ws.safeguarding.item.statusSaved" : "ws.safeguarding.notes.saved")}
    </p>
  );
}
