import type { FieldError } from "../../components/error-summary";

/** The message for the field `id`, if the page has one. */
export const errorFor = (errors: readonly FieldError[], id: string) =>
  errors.find((e) => e.href === `#${id}`)?.message;

type TextProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  long?: boolean;
  maxLength?: number;
};

/** A labelled text input or textarea with its hint and error tied to it (aria-describedby). */
export function TextField({ id, name, label, hint, value, error, long, maxLength }: TextProps) {
  const described =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const inputClass = `text-input${long ? " text-input--long" : ""}${error ? " text-input--error" : ""}`;
  return (
    <div class={`form-group${error ? " form-group--error" : ""}`}>
      <label class="label" for={id}>
        {label}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {long ? (
        <textarea
          class={inputClass}
          id={id}
          name={name ?? id}
          rows={4}
          aria-describedby={described}
          value={value}
        />
      ) : (
        <input
          class={inputClass}
          id={id}
          name={name ?? id}
          type="text"
          value={value}
          maxLength={maxLength}
          aria-describedby={described}
        />
      )}
    </div>
  );
}

type ChoiceProps = {
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  error?: string;
};

/** A fieldset of radios or checkboxes; the first input's id is the name, so the error summary can link to it. */
export function ChoiceField({ name, legend, type, options, chosen, error }: ChoiceProps) {
  return (
    <div class={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={error ? `${name}-error` : undefined}>
        <legend class="fieldset__legend label">{legend}</legend>
        {error ? (
          <p id={`${name}-error`} class="error-message">
            {error}
          </p>
        ) : null}
        <div class="choices">
          {options.map((option, n) => {
            const id = n === 0 ? name : `${name}-${n}`;
            return (
              <div class="choice" key={option.value}>
                <input
                  class="choice__input"
                  type={type}
                  id={id}
                  name={name}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                />
                <label class="choice__label" for={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
