import type { TFunction } from "i18next";
import type { Theme } from "../../../db/queries/themes";

/** Applies one theme to every answer ticked below (their checkboxes join this form with `form=`). */
export function BulkForm(props: {
  t: TFunction;
  themes: readonly Theme[];
  returnTo: string;
  error?: string;
}) {
  const { t, error } = props;
  return (
    <form
      method="post"
      action="/workspace/responses/bulk"
      id="bulk-form"
      class="coding-bulk"
      aria-labelledby="bulk-heading"
    >
      <h2 id="bulk-heading">{t("ws.coding.bulk.heading")}</h2>
      <p class="hint" id="bulk-hint">
        {t("ws.coding.bulk.hint")}
      </p>
      <input type="hidden" name="return" value={props.returnTo} />
      <div class={`form-group${error ? " form-group--error" : ""}`}>
        <label class="label" for="bulk-theme">
          {t("ws.coding.bulk.theme")}
        </label>
        {error ? (
          <p id="bulk-theme-error" class="error-message">
            {error}
          </p>
        ) : null}
        <select
          class="select"
          id="bulk-theme"
          name="themeId"
          aria-describedby={error ? "bulk-hint bulk-theme-error" : "bulk-hint"}
        >
          <option value="">{t("ws.coding.bulk.choose")}</option>
          {props.themes
            .filter((th) => !th.retired)
            .map((th) => (
              <option key={th.id} value={th.id}>
                {th.label}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" class="button">
        {t("ws.coding.bulk.submit")}
      </button>
    </form>
  );
}
