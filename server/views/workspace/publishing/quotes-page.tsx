import type { QuoteCandidate } from "../../../db/queries/quotes";
import type { Theme } from "../../../db/queries/themes";
import { QUOTE_MAX } from "../../../domain/publications/build-publication";
import { suggestExcerpt } from "../../../domain/publications/quote-excerpt";
import { quoteLanguage } from "../../../domain/publications/quote-language";
import type { StaffContext } from "../../../http/app-env";
import { BackLink } from "../../components/back-link";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { labelsFor } from "../coding/labels";
import { WorkspaceLayout } from "../workspace-layout";
import { errorFor, TextField } from "./form-fields";

type Frame = PageContext & { staff: StaffContext };

/** The id of one candidate's excerpt field (also the anchor its error links to). */
export const excerptId = (c: { responseId: string; questionId: string }) =>
  `excerpt-${c.responseId}-${c.questionId}`;

/** Themes to choose from, each with how many quotes are approved under it. */
export function QuoteThemesPage(props: Frame & { themes: Theme[]; approved: Map<string, number> }) {
  const { t, locale } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.publishing.quotes.title");
  return (
    <WorkspaceLayout {...props} title={title} section="publications">
      <h1>{title}</h1>
      <p class="lead">{t("ws.publishing.quotes.lead")}</p>
      <div class="table-wrap">
        <table class="table">
          <caption>{t("ws.publishing.quotes.themesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.publishing.quotes.theme")}</th>
              <th scope="col" class="numeric">
                {t("ws.publishing.quotes.approvedCount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.themes.map((th) => (
              <tr key={th.id}>
                <th scope="row">
                  <a href={`/workspace/publishing/quotes?theme=${encodeURIComponent(th.id)}`}>{th.label}</a>
                </th>
                <td class="numeric">{labels.number(props.approved.get(th.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WorkspaceLayout>
  );
}

type ThemeQuotesProps = Frame & {
  theme: Theme;
  candidates: QuoteCandidate[];
  errors: FieldError[];
  /** What was typed into a field that came back with an error, by field id. */
  typed: Record<string, string>;
  saved: boolean;
};

/** One theme's coded answers, each with a form to approve a short excerpt or reject it. */
export function ThemeQuotesPage(props: ThemeQuotesProps) {
  const { t, locale, theme } = props;
  const labels = labelsFor(t, locale);
  const title = t("ws.publishing.quotes.themeTitle", { theme: theme.label });
  const decision = (status: QuoteCandidate["quoteStatus"]) =>
    status ? t(`ws.publishing.quotes.${status}`) : t("ws.publishing.quotes.undecided");
  return (
    <WorkspaceLayout
      {...props}
      title={props.errors.length ? `${t("errors.prefix")} ${title}` : title}
      section="publications"
    >
      <BackLink href="/workspace/publishing/quotes" label={t("ws.publishing.quotes.back")} />
      <ErrorSummary t={t} errors={props.errors} />
      <h1>{title}</h1>
      <p class="lead">{t("ws.publishing.quotes.rule")}</p>
      {props.saved ? (
        <p class="notice" role="status">
          {t("ws.publishing.quotes.saved")}
        </p>
      ) : null}
      {props.candidates.length === 0 ? <p>{t("ws.publishing.quotes.none")}</p> : null}
      <ol class="answer-list publishing-quotes">
        {props.candidates.map((c) => {
          const id = excerptId(c);
          const value =
            props.typed[id] ??
            (c.quoteStatus === "approved" && c.quoteText ? c.quoteText : suggestExcerpt(c.text));
          return (
            <li key={id} id={`answer-${c.responseId}-${c.questionId}`} class="answer-card">
              <p class="answer-card__meta">
                {t("ws.publishing.quotes.meta", {
                  survey: labels.survey(c.surveyId),
                  audience: labels.audience(c.audience),
                  date: labels.day(c.submittedOn),
                })}
              </p>
              <blockquote class="answer-card__text" lang={quoteLanguage(c.text, c.locale)}>
                {c.text}
              </blockquote>
              <p>
                {t("ws.publishing.quotes.decision")}:{" "}
                <strong class={`tag${c.quoteStatus === "rejected" ? " tag--done" : ""}`}>
                  {decision(c.quoteStatus)}
                </strong>
              </p>
              <form method="post" action="/workspace/publishing/quotes" novalidate>
                <input type="hidden" name="theme" value={theme.id} />
                <input type="hidden" name="responseId" value={c.responseId} />
                <input type="hidden" name="questionId" value={c.questionId} />
                <TextField
                  id={id}
                  name="excerpt"
                  label={t("ws.publishing.quotes.excerpt")}
                  hint={t("ws.publishing.quotes.excerptHint", { max: QUOTE_MAX })}
                  value={value}
                  error={errorFor(props.errors, id)}
                  long
                />
                <div class="publishing-quote-buttons">
                  <button type="submit" name="decision" value="approved" class="button">
                    {t("ws.publishing.quotes.approve")}
                  </button>
                  <button type="submit" name="decision" value="rejected" class="button button--secondary">
                    {t("ws.publishing.quotes.reject")}
                  </button>
                </div>
              </form>
            </li>
          );
        })}
      </ol>
    </WorkspaceLayout>
  );
}
