import type { TFunction } from "i18next";
import { ROLES, type Role } from "../../../domain/auth/roles";

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/** The error line under a field, with "Error:" for screen readers (GOV.UK). */
function FieldError({ t, id, error }: { t: TFunction; id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="error-message">
      <span class="visually-hidden">{t("errors.prefix")}</span> {error}
    </p>
  );
}

/** A labelled text box with an optional hint and error, tied together with aria-describedby. */
export function TextField(props: {
  t: TFunction;
  id: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "email";
  autocomplete: string;
  value?: string;
}) {
  const { t, id, hint, error } = props;
  return (
    <div class={`form-group${error ? " form-group--error" : ""}`}>
      <label class="label" for={id}>
        {props.label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      <FieldError t={t} id={id} error={error} />
      <input
        class={`text-input${error ? " text-input--error" : ""}`}
        id={id}
        name={id}
        // Preact types each input type separately; both take the same attributes here.
        type={(props.type ?? "text") as "text"}
        autocomplete={props.autocomplete}
        spellcheck={false}
        value={props.value ?? ""}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

/** Roles as radios, each with what it may do; the first radio's id is plain `role` for the error summary. */
export function RoleRadios(props: { t: TFunction; legend: string; current?: Role; error?: string }) {
  const { t, current, error } = props;
  const id = (i: number) => (i === 0 ? "role" : `role-${i + 1}`);
  return (
    <div class={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(error && "role-error")}>
        <legend class="fieldset__legend admin-legend">{props.legend}</legend>
        <FieldError t={t} id="role" error={error} />
        <div class="choices">
          {ROLES.map((role, i) => (
            <div class="choice admin-choice" key={role}>
              <input
                class="choice__input"
                id={id(i)}
                name="role"
                type="radio"
                value={role}
                checked={role === current}
                aria-describedby={`${id(i)}-hint`}
              />
              <label class="choice__label" for={id(i)}>
                {t(`ws.common.roles.${role}`)}
              </label>
              <p id={`${id(i)}-hint`} class="hint admin-choice__hint">
                {t(`ws.admin.users.roleHints.${role}`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** One checkbox with its label. */
export function Checkbox(props: {
  id: string;
  name: string;
  value: string;
  label: string;
  checked?: boolean;
}) {
  return (
    <div class="form-group">
      <div class="choice">
        <input
          class="choice__input"
          id={props.id}
          name={props.name}
          type="checkbox"
          value={props.value}
          checked={props.checked}
        />
        <label class="choice__label" for={props.id}>
          {props.label}
        </label>
      </div>
    </div>
  );
}

/** What just happened, after a POST-redirect-GET: announced politely, not as an alert. */
export function DoneBanner({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div class="notice admin-done" role="status">
      <p>{message}</p>
    </div>
  );
}

/** A button whose visible text is short and whose accessible name says what it acts on. */
export function NamedButton(props: { label: string; about: string; kind?: "secondary" | "warning" }) {
  return (
    <button type="submit" class={`button button--small${props.kind ? ` button--${props.kind}` : ""}`}>
      {props.label}
      <span class="visually-hidden"> {props.about}</span>
    </button>
  );
}

/** A stored day (YYYY-MM-DD) in the reader's language, e.g. "2 Mar 2026". */
export function formatDay(locale: string, day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(ms);
}
