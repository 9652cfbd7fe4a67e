import { ITEM_STATUSES } from "../../../domain/safeguarding/queue-status";
import type { StaffContext } from "../../../http/app-env";
import type { OpenedItem } from "../../../routes/workspace/safeguarding/schemas";
import type { PageContext } from "../../layout";
import { formatDay } from "./format-date";
import { NotesSection } from "./notes-section";
import { type FormOutcome, OpenedFrame } from "./opened-frame";
import { CategoryTags, OverdueTag, StatusTag } from "./queue-tags";
import { StatusForm } from "./status-form";
import { Row } from "./summary-row";

export type ItemPageProps = PageContext & {
  staff?: StaffContext;
  item: OpenedItem;
  outcome: FormOutcome;
  maxNote: number;
};

/** An opened possible disclosure: the original words, where they were written, status and notes. */
export function ItemPage(props: ItemPageProps) {
  const { t, locale, item, outcome } = props;
  const s = (key: string, options: Record<string, unknown> = {}) => t(`ws.safeguarding.item.${key}`, options);
  const base = `/workspace/safeguarding/items/${item.id}`;
  const redacted = Array.isArray(item.redactedAnswer) ? item.redactedAnswer.join(", ") : item.redactedAnswer;
  return (
    <OpenedFrame {...props} heading={s("title")}>
      <h2>{s("originalText")}</h2>
      <blockquote class="safeguarding-original">
        <p class="safeguarding-text">{item.text}</p>
      </blockquote>

      <h2>{s("about")}</h2>
      <dl class="summary-list">
        <Row label={s("status")}>
          <StatusTag t={t} status={item.status} /> <OverdueTag t={t} overdue={item.overdue} />
        </Row>
        <Row label={s("raised")}>{formatDay(locale, item.raisedOn)}</Row>
        {item.closedOn ? (
          <Row label={s("closed")}>{formatDay(locale, item.closedOn)}</Row>
        ) : (
          <Row label={s("due")}>{s("dueEnd", { date: formatDay(locale, item.dueOn) })}</Row>
        )}
        <Row label={s("categories")}>
          <CategoryTags t={t} categories={item.categories} />
        </Row>
        <Row label={s("survey")}>{item.surveyTitle}</Row>
        <Row label={s("question")}>{item.questionTitle}</Row>
        {item.audience ? <Row label={s("audience")}>{t(`audience.${item.audience}`)}</Row> : null}
        <Row label={s("redacted")}>{redacted ?? s("redactedGone")}</Row>
        <Row label={s("response")}>
          <code>{item.responseId}</code>
        </Row>
      </dl>

      <StatusForm
        t={t}
        action={`${base}/status`}
        statuses={ITEM_STATUSES}
        current={item.status}
        error={outcome.statusError}
      />
      <NotesSection
        t={t}
        locale={locale}
        notes={item.notes}
        action={`${base}/notes`}
        error={outcome.noteError}
        draft={outcome.noteDraft}
        max={props.maxNote}
      />
    </OpenedFrame>
  );
}
