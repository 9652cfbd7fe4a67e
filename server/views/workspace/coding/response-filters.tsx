import type { TFunction } from "i18next";
import type { Theme } from "../../../db/queries/themes";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { bundledSurveys } from "../../../surveys/bundled-surveys";
import type { Labels } from "./labels";

/** The filters as the officer chose them (strings from the address, unchecked). */
export type FilterValues = Partial<
  Record<"survey" | "audience" | "period" | "from" | "to" | "outcome" | "harm" | "theme" | "coded", string>
>;

type Option = { value: string; label: string };

function Select(props: {
  id: keyof FilterValues;
  label: string;
  any: string;
  options: Option[];
  values: FilterValues;
  error?: string;
}) {
  const value = props.values[props.id] ?? "";
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      ) : null}
      <select
        class="select"
        id={props.id}
        name={props.id}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      >
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField(props: { id: "from" | "to"; label: string; values: FilterValues; error?: string }) {
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      ) : null}
      <input
        class={`text-input coding-date${props.error ? " text-input--error" : ""}`}
        type="date"
        id={props.id}
        name={props.id}
        value={props.values[props.id] ?? ""}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      />
    </div>
  );
}

/** The responses filters: a plain GET form, so every filtered list has an address to share or bookmark. */
export function ResponseFilters(props: {
  t: TFunction;
  labels: Labels;
  values: FilterValues;
  themes: readonly Theme[];
  quarters: string[];
  errors: Partial<Record<keyof FilterValues, string>>;
}) {
  const { t, labels, values, errors } = props;
  const any = t("ws.coding.filters.any");
  const common = { values, any };
  return (
    <form method="get" action="/workspace/responses" class="coding-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t("ws.coding.filters.heading")}</h2>
      <div class="filters">
        <Select
          {...common}
          id="survey"
          label={t("ws.coding.fields.survey")}
          error={errors.survey}
          options={bundledSurveys.map((s) => ({ value: s.id, label: labels.survey(s.id) }))}
        />
        <Select
          {...common}
          id="audience"
          label={t("ws.coding.fields.audience")}
          error={errors.audience}
          options={frameworkIds.audiences.map((id) => ({ value: id, label: labels.audience(id) }))}
        />
        <Select
          {...common}
          id="period"
          label={t("ws.coding.period.label")}
          error={errors.period}
          any={t("ws.coding.filters.anyTime")}
          options={props.quarters.map((q) => ({ value: q, label: q }))}
        />
        <DateField id="from" label={t("ws.coding.filters.from")} values={values} error={errors.from} />
        <DateField id="to" label={t("ws.coding.filters.to")} values={values} error={errors.to} />
        <Select
          {...common}
          id="outcome"
          label={t("ws.coding.fields.outcome")}
          error={errors.outcome}
          options={frameworkIds.outcomes.map((id) => ({ value: id, label: labels.outcome(id) }))}
        />
        <Select
          {...common}
          id="harm"
          label={t("ws.coding.fields.harm")}
          error={errors.harm}
          options={frameworkIds.harms.map((id) => ({ value: id, label: labels.harm(id) }))}
        />
        <Select
          {...common}
          id="theme"
          label={t("ws.coding.fields.theme")}
          error={errors.theme}
          options={props.themes.map((th) => ({ value: th.id, label: th.label }))}
        />
        <Select
          {...common}
          id="coded"
          label={t("ws.coding.filters.coded")}
          error={errors.coded}
          options={[
            { value: "no", label: t("ws.coding.filters.uncodedOnly") },
            { value: "yes", label: t("ws.coding.filters.codedOnly") },
          ]}
        />
      </div>
      <div class="coding-actions">
        <button type="submit" class="button">
          {t("ws.coding.filters.apply")}
        </button>
        <a href="/workspace/responses">{t("ws.coding.filters.clear")}</a>
      </div>
    </form>
  );
}
