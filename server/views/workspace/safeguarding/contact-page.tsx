import { CONTACT_STATUSES } from "../../../domain/safeguarding/queue-status";
import type { StaffContext } from "../../../http/app-env";
import type { OpenedContact } from "../../../routes/workspace/safeguarding/schemas";
import type { PageContext } from "../../layout";
import { formatDay } from "./format-date";
import { NotesSection } from "./notes-section";
import { type FormOutcome, OpenedFrame } from "./opened-frame";
import { OverdueTag, StatusTag } from "./queue-tags";
import { StatusForm } from "./status-form";
import { Row } from "./summary-row";

export type ContactPageProps = PageContext & {
  staff?: StaffContext;
  request: OpenedContact;
  outcome: FormOutcome;
  maxNote: number;
};

/** An opened request to talk to someone: how and when to reach them, their message, status and notes. */
export function ContactRequestPage(props: ContactPageProps) {
  const { t, locale, request, outcome } = props;
  const s = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.safeguarding.contacts.${key}`, options);
  const base = `/workspace/safeguarding/contact-requests/${request.id}`;
  const given = (text: string) =>
    text.trim() ? <span class="safeguarding-text">{text}</span> : s("notGiven");
  return (
    <OpenedFrame {...props} heading={s("pageTitle")}>
      <dl class="summary-list">
        <Row label={s("how")}>{given(request.details.how)}</Row>
        <Row label={s("when")}>{given(request.details.when)}</Row>
        <Row label={s("message")}>{given(request.details.message)}</Row>
        <Row label={t("ws.safeguarding.item.status")}>
          <StatusTag t={t} status={request.status} /> <OverdueTag t={t} overdue={request.overdue} />
        </Row>
        <Row label={s("columns.requested")}>{formatDay(locale, request.requestedOn)}</Row>
        {request.actionedOn ? (
          <Row label={s("actionedOn")}>{formatDay(locale, request.actionedOn)}</Row>
        ) : (
          <Row label={t("ws.safeguarding.item.due")}>
            {t("ws.safeguarding.item.dueEnd", { date: formatDay(locale, request.dueOn) })}
          </Row>
        )}
        {request.linkedResponseId ? (
          <Row label={s("linkedResponse")}>
            <code>{request.linkedResponseId}</code>
          </Row>
        ) : null}
      </dl>
      {request.linkedItems.length > 0 ? (
        <>
          <h2>{s("linkedItems")}</h2>
          <ul class="list">
            {request.linkedItems.map((item) => (
              <li key={item.id}>
                <a href={`/workspace/safeguarding/items/${item.id}`}>
                  {s("linkedItem", { date: formatDay(locale, item.raisedOn), question: item.questionTitle })}
                </a>{" "}
                <StatusTag t={t} status={item.status} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <StatusForm
        t={t}
        action={`${base}/status`}
        statuses={CONTACT_STATUSES}
        current={request.status}
        error={outcome.statusError}
      />
      <NotesSection
        t={t}
        locale={locale}
        notes={request.notes}
        action={`${base}/notes`}
        error={outcome.noteError}
        draft={outcome.noteDraft}
        max={props.maxNote}
      />
    </OpenedFrame>
  );
}
