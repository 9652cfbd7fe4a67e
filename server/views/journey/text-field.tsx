import type { TFunction } from "i18next";
import type { Question } from "../../domain/surveys/survey-schema";
import { type Locale, pluralTemplates } from "../../i18n/i18n";

// The live count's words travel with the page, so the browser needs no i18n library.
const countTemplates = (locale: Locale) =>
  JSON.stringify({
    left: pluralTemplates(locale, "question.charactersLeft"),
    over: pluralTemplates(locale, "question.charactersTooMany"),
  });

type TextFieldProps = {
  t: TFunction;
  locale: Locale;
  question: Extract<Question, { type: "text" | "long-text" }>;
  value: string | undefined;
  hint?: string;
  error?: string;
  kiosk?: boolean;
};

/**
 * A text input or textarea whose label is the page's h1. Long answers get a reminder not to write
 * names and a character count (static text without JavaScript; live with it).
 */
export function TextField({ t, locale, question, value, hint, error, kiosk }: TextFieldProps) {
  const id = `q-${question.id}`;
  const long = question.type === "long-text";
  const describedBy = [hint ? `${id}-hint` : "", long ? `${id}-count` : "", error ? `${id}-error` : ""]
    .join(" ")
    .trim();
  const common = {
    id,
    name: "answer",
    class: `text-input${long ? " text-input--long" : ""}${error ? " text-input--error" : ""}`,
    "aria-describedby": describedBy || undefined,
    autocomplete: "off",
    spellcheck: true,
    ...(kiosk ? { "data-kiosk": "" } : {}),
  };
  return (
    <div
      class={`form-group${error ? " form-group--error" : ""}`}
      data-character-count={long ? "" : undefined}
      data-count-templates={long ? countTemplates(locale) : undefined}
    >
      <h1 class="label-wrapper">
        <label class="label label--page" for={id}>
          {question.title}
        </label>
      </h1>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">{t("errors.prefix")}</span> {error}
        </p>
      ) : null}
      {long ? (
        <>
          <textarea {...common} rows={6} data-maxlength={question.maxLength}>
            {value ?? ""}
          </textarea>
          <p id={`${id}-count`} class="hint character-count" aria-live="polite">
            {t("question.maxCharacters", { count: question.maxLength })}
          </p>
        </>
      ) : (
        <input {...common} type="text" value={value ?? ""} maxLength={question.maxLength} />
      )}
    </div>
  );
}
