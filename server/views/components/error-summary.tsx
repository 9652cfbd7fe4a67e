import type { TFunction } from "i18next";

/** One error a person must fix, linked to the field it belongs to. */
export type FieldError = { href: string; message: string };

/**
 * GOV.UK error summary: announced and focused on load (the enhancement script moves focus here;
 * `tabIndex` lets it take focus), each error linking to its field.
 */
export function ErrorSummary({ t, errors }: { t: TFunction; errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-error-summary
    >
      <h2 id="error-summary-title" class="error-summary__title">
        {t("errors.summaryTitle")}
      </h2>
      <ul class="error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
