import type { TFunction } from "i18next";
import type { Option, Question } from "../../domain/surveys/survey-schema";
import { FaceIcon } from "../components/face-icon";

type ChoiceFieldProps = {
  t: TFunction;
  question: Question;
  options: readonly Option[];
  multiple: boolean;
  value: string | string[] | undefined;
  hint?: string;
  error?: string;
  label: (option: Option) => string;
};

/** The id of option `i`: the first is unsuffixed so the error summary can link to it (GOV.UK). */
export function optionId(questionId: string, i: number): string {
  return i === 0 ? `q-${questionId}` : `q-${questionId}-${i + 1}`;
}

/**
 * Radios or checkboxes inside a fieldset whose legend is the page's h1. Hint and error are tied to
 * the fieldset with aria-describedby. Faces sit beside the text of emoji-scale answers.
 */
export function ChoiceField({ t, question, options, multiple, value, hint, error, label }: ChoiceFieldProps) {
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const faces = question.type === "emoji-scale" ? question.options.length : 0;
  const describedBy = [hint ? `q-${question.id}-hint` : "", error ? `q-${question.id}-error` : ""]
    .join(" ")
    .trim();
  return (
    <div class={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={describedBy || undefined}>
        <legend class="fieldset__legend">
          <h1 class="fieldset__heading">{question.title}</h1>
        </legend>
        {hint ? (
          <p id={`q-${question.id}-hint`} class="hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`q-${question.id}-error`} class="error-message">
            <span class="visually-hidden">{t("errors.prefix")}</span> {error}
          </p>
        ) : null}
        <div class={`choices${faces ? " choices--faces" : ""}`}>
          {options.map((option, i) => (
            <div class="choice" key={option.value}>
              <input
                class="choice__input"
                id={optionId(question.id, i)}
                name="answer"
                type={multiple ? "checkbox" : "radio"}
                value={option.value}
                checked={chosen.has(option.value)}
              />
              <label class="choice__label" for={optionId(question.id, i)}>
                {faces && i < faces ? <FaceIcon index={i} of={faces} /> : null}
                <span>{label(option)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
