import type { ContactSummary } from "../../../db/queries/contact-requests";
import type { QueueItem } from "../../../db/queries/safeguarding-queue";
import { isOpenItem } from "../../../domain/safeguarding/queue-status";
import { dueOn, isOverdue } from "../../../domain/safeguarding/working-days";
import { surveyIn } from "../../../surveys/localised-surveys";
import type { ContactSummaryView, ItemSummary } from "./schemas";

/**
 * An item as the queue shows it: the survey and question in the officer's language (their ids when
 * the survey file no longer has them), and whether it is overdue today. Never the text.
 */
export function describeItem(item: QueueItem, locale: string, today: string): ItemSummary {
  const survey = surveyIn(item.surveyId, locale);
  const question = survey?.questions.find((q) => q.id === item.questionId);
  return {
    id: item.id,
    status: item.status,
    categories: item.categories,
    surveyId: item.surveyId,
    surveyTitle: survey?.title ?? item.surveyId,
    questionId: item.questionId,
    questionTitle: question?.title ?? item.questionId,
    raisedOn: item.raisedOn,
    dueOn: dueOn(item.raisedOn),
    overdue: isOverdue(item.raisedOn, isOpenItem(item.status), today),
    closedOn: item.closedOn,
  };
}

/** A contact request as the queue shows it: never the details. */
export function describeContact(request: ContactSummary, today: string): ContactSummaryView {
  return {
    id: request.id,
    status: request.status,
    requestedOn: request.requestedOn,
    dueOn: dueOn(request.requestedOn),
    overdue: isOverdue(request.requestedOn, request.status === "new", today),
    actionedOn: request.actionedOn,
    linked: request.linkedResponseId !== null,
  };
}
