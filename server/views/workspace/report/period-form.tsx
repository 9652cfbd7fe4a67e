import type { Translate } from "../../../domain/reports/report-text";

/** Picks the report's period: a GET form, so a report is a link a board member can keep. */
export function PeriodForm({ t, value, error }: { t: Translate; value: string; error?: string }) {
  const f = (key: string) => t(`ws.report.form.${key}`);
  const describedBy = ["period-hint", error ? "period-error" : ""].filter(Boolean).join(" ");
  return (
    <form method="get" action="/workspace/reports/board" class="report-controls" novalidate>
      <div class={`form-group${error ? " form-group--error" : ""}`}>
        <label class="label" for="period">
          {f("period")}
        </label>
        <p id="period-hint" class="hint">
          {f("periodHint")}
        </p>
        {error ? (
          <p id="period-error" class="error-message">
            <span class="visually-hidden">{t("errors.prefix")}</span> {error}
          </p>
        ) : null}
        <input
          class={`text-input report-period${error ? " text-input--error" : ""}`}
          id="period"
          name="period"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-describedby={describedBy}
        />
      </div>
      <button type="submit" class="button">
        {f("show")}
      </button>
    </form>
  );
}
