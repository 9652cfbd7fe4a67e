import type { Option, Question } from "../../domain/surveys/survey-schema";
import { BackLink } from "../components/back-link";
import { ErrorSummary } from "../components/error-summary";
import { HelpPanel } from "../components/help-panel";
import { Layout, type PageContext } from "../layout";
import { ChoiceField, optionId } from "./choice-field";
import { TextField } from "./text-field";

/** Everything a question page shows; built by the handler from the survey and the draft. */
export type QuestionPageProps = PageContext & {
  surveyTitle: string;
  question: Question;
  options: readonly Option[];
  value: string | string[] | undefined;
  progress: { number: number; total: number };
  backHref: string;
  action: string;
  returnToCheck: boolean;
  error?: string;
  /** An earlier answer suggested harm: show where to get help first. */
  showHelp?: boolean;
  optionLabel: (option: Option) => string;
};

function hintFor({ t, question }: Pick<QuestionPageProps, "t" | "question">): string | undefined {
  const parts = [question.hint];
  if (question.type === "multi" || question.type === "places") {
    parts.push(
      question.type === "multi" && question.maxChoices
        ? t("question.chooseUpTo", { count: question.maxChoices })
        : t("question.chooseAll"),
    );
  }
  if (question.type === "top-three") parts.push(t("question.topThreeHint"));
  if (question.type === "long-text") parts.push(t("question.noNamesHint"));
  return parts.filter(Boolean).join(" ") || undefined;
}

/** One question per page (GOV.UK question page): the question is the h1, then Continue. */
export function QuestionPage(props: QuestionPageProps) {
  const { t, locale, url, kiosk, helpFor, question, error } = props;
  const hint = hintFor(props);
  const title = `${error ? `${t("errors.prefix")} ` : ""}${question.title}`;
  const isText = question.type === "text" || question.type === "long-text";
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={title}>
      <BackLink href={props.backHref} label={t("question.back")} />
      {props.showHelp ? <HelpPanel t={t} helpHref={`/help${helpFor ? `?for=${helpFor}` : ""}`} /> : null}
      <ErrorSummary t={t} errors={error ? [{ href: `#${optionId(question.id, 0)}`, message: error }] : []} />
      <p class="caption">
        {props.surveyTitle} · {t("question.progress", props.progress)}
      </p>
      {/* Shown by the script only where the browser can speak this language; it never speaks by itself. */}
      <button
        type="button"
        class="button button--secondary read-aloud"
        data-read-aloud
        data-stop-label={t("readAloud.stop")}
        hidden
      >
        {t("readAloud.button")}
      </button>
      <form method="post" action={props.action} novalidate data-enhance>
        {isText ? (
          <TextField
            t={t}
            locale={locale}
            question={question}
            value={typeof props.value === "string" ? props.value : undefined}
            hint={hint}
            error={error}
          />
        ) : (
          <ChoiceField
            t={t}
            question={question}
            options={props.options}
            multiple={
              question.type === "multi" || question.type === "places" || question.type === "top-three"
            }
            value={props.value}
            hint={hint}
            error={error}
            label={props.optionLabel}
          />
        )}
        {props.returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
        <button type="submit" class="button">
          {props.returnToCheck ? t("question.saveAndCheck") : t("question.continue")}
        </button>
      </form>
    </Layout>
  );
}
