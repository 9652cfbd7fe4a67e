import type { Theme } from "../../../db/queries/themes";
import type { StaffContext } from "../../../http/app-env";
import type { AnswerCard as Card } from "../../../routes/workspace/coding/load-answers";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { AnswerCard } from "./answer-card";
import { BulkForm } from "./bulk-form";
import { labelsFor } from "./labels";
import { type FilterValues, ResponseFilters } from "./response-filters";
import { ShortcutsHelp } from "./shortcuts-help";

type Props = PageContext & {
  staff: StaffContext;
  values: FilterValues;
  errors: FieldError[];
  fieldErrors: Partial<Record<keyof FilterValues, string>>;
  bulkError?: string;
  /** Answers ticked for the bulk form, kept when it comes back with a problem. */
  selected: ReadonlySet<string>;
  /** How many answers a bulk apply just coded, to say so. */
  applied?: number;
  cards: Card[];
  themes: readonly Theme[];
  quarters: string[];
  next: string | null;
  firstPage: boolean;
  /** This list's address, where each form comes back to. */
  returnTo: string;
};

/** The list's address with `after` set (or not): the filters stay. */
export function listHref(values: FilterValues, after?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (after) params.set("after", after);
  const query = params.toString();
  return `/workspace/responses${query ? `?${query}` : ""}`;
}

/** Free-text answers to read and code: filters, a bulk form, then one card per answer. */
export function ResponsesPage(props: Props) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.coding.responses.title");
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="responses"
    >
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <p class="lead">{t("ws.coding.responses.lead")}</p>
      {props.applied !== undefined ? (
        <p class="notice" role="status">
          {t("ws.coding.bulk.done", { count: props.applied })}
        </p>
      ) : null}
      <ShortcutsHelp t={t} />
      <ResponseFilters
        t={t}
        labels={labels}
        values={props.values}
        themes={props.themes}
        quarters={props.quarters}
        errors={props.fieldErrors}
      />
      <BulkForm t={t} themes={props.themes} returnTo={props.returnTo} error={props.bulkError} />
      <h2 id="answers-heading">{t("ws.coding.responses.answers")}</h2>
      {props.cards.length === 0 ? (
        <p>{t("ws.coding.responses.none")}</p>
      ) : (
        <ol class="answer-list" aria-labelledby="answers-heading" data-answer-list>
          {props.cards.map((card) => (
            <li key={`${card.responseId}:${card.questionId}`}>
              <AnswerCard
                t={t}
                labels={labels}
                card={card}
                themes={props.themes}
                returnTo={props.returnTo}
                selected={props.selected.has(`${card.responseId}:${card.questionId}`)}
              />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("ws.coding.responses.pages")}>
        <ul class="pagination">
          {props.firstPage ? null : (
            <li>
              <a href={listHref(props.values)}>{t("ws.coding.responses.firstPage")}</a>
            </li>
          )}
          {props.next ? (
            <li>
              <a href={listHref(props.values, props.next)} rel="next">
                {t("ws.coding.responses.nextPage")}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
    </WorkspaceLayout>
  );
}
