import type { TFunction } from "i18next";

type StatusFormProps = {
  t: TFunction;
  action: string;
  statuses: readonly string[];
  current: string;
  error?: string;
};

/**
 * The status as radios in a fieldset. The first radio's id is plain `status` so the error summary
 * can link to it (GOV.UK pattern).
 */
export function StatusForm({ t, action, statuses, current, error }: StatusFormProps) {
  const id = (i: number) => (i === 0 ? "status" : `status-${i + 1}`);
  return (
    <form method="post" action={action} novalidate>
      <div class={`form-group${error ? " form-group--error" : ""}`}>
        <fieldset class="fieldset" aria-describedby={error ? "status-error" : undefined}>
          <legend class="fieldset__legend">
            <h2 class="fieldset__heading">{t("ws.safeguarding.item.changeStatus")}</h2>
          </legend>
          {error ? (
            <p id="status-error" class="error-message">
              <span class="visually-hidden">{t("errors.prefix")}</span> {error}
            </p>
          ) : null}
          <div class="choices">
            {statuses.map((status, i) => (
              <div class="choice" key={status}>
                <input
                  class="choice__input"
                  id={id(i)}
                  name="status"
                  type="radio"
                  value={status}
                  checked={status === current}
                />
                <label class="choice__label" for={id(i)}>
                  {t(`ws.safeguarding.status.${status}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="button button--secondary">
        {t("ws.safeguarding.item.saveStatus")}
      </button>
    </form>
  );
}
