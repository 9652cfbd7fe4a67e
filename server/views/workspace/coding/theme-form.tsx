import type { TFunction } from "i18next";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { DESCRIPTION_MAX, LABEL_MAX } from "../../../domain/themes/theme-input";
import type { FieldError } from "../../components/error-summary";
import type { Labels } from "./labels";

/** What the theme form shows: what was typed, or the theme as stored. */
export type ThemeFormValues = {
  label: string;
  description: string;
  outcomes: readonly string[];
  harms: readonly string[];
  retired: boolean;
};

const errorFor = (errors: readonly FieldError[], href: string) =>
  errors.find((e) => e.href === href)?.message;

function Checkboxes(props: {
  name: "outcomes" | "harms";
  legend: string;
  ids: readonly string[];
  chosen: readonly string[];
  label: (id: string) => string;
  error?: string;
}) {
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={props.error ? `${props.name}-error` : undefined}>
        <legend class="fieldset__legend label">{props.legend}</legend>
        {props.error ? (
          <p id={`${props.name}-error`} class="error-message">
            {props.error}
          </p>
        ) : null}
        <div class="choices">
          {props.ids.map((id, n) => (
            <div class="choice" key={id}>
              <input
                class="choice__input"
                type="checkbox"
                id={`${props.name}-${n}`}
                name={props.name}
                value={id}
                checked={props.chosen.includes(id)}
              />
              <label class="choice__label" for={`${props.name}-${n}`}>
                {props.label(id)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Add or edit a theme: label, what it covers, and the outcomes and harms it is linked to. */
export function ThemeForm(props: {
  t: TFunction;
  labels: Labels;
  action: string;
  values?: ThemeFormValues;
  errors: readonly FieldError[];
  submit: string;
  editing: boolean;
}) {
  const { t, labels, errors } = props;
  const v = props.values ?? { label: "", description: "", outcomes: [], harms: [], retired: false };
  const labelError = errorFor(errors, "#label");
  const descriptionError = errorFor(errors, "#description");
  return (
    <form method="post" action={props.action} novalidate>
      <div class={`form-group${labelError ? " form-group--error" : ""}`}>
        <label class="label" for="label">
          {t("ws.coding.themes.label")}
        </label>
        <p class="hint" id="label-hint">
          {t("ws.coding.themes.labelHint", { max: LABEL_MAX })}
        </p>
        {labelError ? (
          <p id="label-error" class="error-message">
            {labelError}
          </p>
        ) : null}
        <input
          class={`text-input${labelError ? " text-input--error" : ""}`}
          id="label"
          name="label"
          type="text"
          value={v.label}
          maxLength={LABEL_MAX * 2}
          aria-describedby={labelError ? "label-hint label-error" : "label-hint"}
        />
      </div>
      <div class={`form-group${descriptionError ? " form-group--error" : ""}`}>
        <label class="label" for="description">
          {t("ws.coding.themes.description")}
        </label>
        <p class="hint" id="description-hint">
          {t("ws.coding.themes.descriptionHint", { max: DESCRIPTION_MAX })}
        </p>
        {descriptionError ? (
          <p id="description-error" class="error-message">
            {descriptionError}
          </p>
        ) : null}
        <textarea
          class={`text-input text-input--long${descriptionError ? " text-input--error" : ""}`}
          id="description"
          name="description"
          rows={3}
          aria-describedby={descriptionError ? "description-hint description-error" : "description-hint"}
          value={v.description}
        />
      </div>
      <Checkboxes
        name="outcomes"
        legend={t("ws.coding.themes.outcomes")}
        ids={frameworkIds.outcomes}
        chosen={v.outcomes}
        label={labels.outcome}
        error={errorFor(errors, "#outcomes-0")}
      />
      <Checkboxes
        name="harms"
        legend={t("ws.coding.themes.harms")}
        ids={frameworkIds.harms}
        chosen={v.harms}
        label={labels.harm}
        error={errorFor(errors, "#harms-0")}
      />
      {props.editing ? (
        <div class="form-group">
          <div class="choice">
            <input
              class="choice__input"
              type="checkbox"
              id="retired"
              name="retired"
              value="1"
              checked={v.retired}
              aria-describedby="retired-hint"
            />
            <label class="choice__label" for="retired">
              {t("ws.coding.themes.retire")}
            </label>
          </div>
          <p class="hint" id="retired-hint">
            {t("ws.coding.themes.retireHint")}
          </p>
        </div>
      ) : null}
      <button type="submit" class="button">
        {props.submit}
      </button>
    </form>
  );
}
