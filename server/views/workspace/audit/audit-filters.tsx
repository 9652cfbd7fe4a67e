import type { TFunction } from "i18next";

/** What the filter form shows: what was asked for, as typed. */
export type AuditFormValues = { action: string; actor: string; from: string; to: string };

type FieldProps = { id: keyof AuditFormValues; label: string; hint?: string; error?: string };

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function FieldTop({ id, label, hint, error, t }: FieldProps & { t: TFunction }) {
  return (
    <>
      <label class="label" for={id}>
        {label}
      </label>
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
    </>
  );
}

/** The filters as a GET form, so a filtered view is a link an admin can keep or share. */
export function AuditFilters(props: {
  t: TFunction;
  values: AuditFormValues;
  actions: readonly string[];
  errors: Record<string, string>;
}) {
  const { t, values, actions, errors } = props;
  const s = (key: string) => t(`ws.safeguarding.audit.${key}`);
  const group = (id: string) => `form-group${errors[id] ? " form-group--error" : ""}`;
  const inputClass = (id: string) => `text-input${errors[id] ? " text-input--error" : ""}`;
  return (
    <form method="get" action="/workspace/audit" class="filters audit-filters" novalidate>
      <div class={group("action")}>
        <FieldTop t={t} id="action" label={s("action")} error={errors.action} />
        <select
          class="select"
          id="action"
          name="action"
          aria-describedby={describedBy("action", undefined, errors.action)}
        >
          <option value="">{s("anyAction")}</option>
          {actions.map((a) => (
            <option key={a} value={a} selected={a === values.action}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div class={group("actor")}>
        <FieldTop t={t} id="actor" label={s("actor")} error={errors.actor} />
        <input
          class={inputClass("actor")}
          id="actor"
          name="actor"
          type="email"
          autocomplete="off"
          spellcheck={false}
          value={values.actor}
          aria-describedby={describedBy("actor", undefined, errors.actor)}
        />
      </div>
      {(["from", "to"] as const).map((id) => (
        <div class={group(id)} key={id}>
          <FieldTop t={t} id={id} label={s(id)} hint={s("dateHint")} error={errors[id]} />
          <input
            class={inputClass(id)}
            id={id}
            name={id}
            // Plain text, not type="date": the browser's picker shows the date in its own order,
            // which would contradict the hint; YYYY-MM-DD reads the same in every language.
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={values[id]}
            aria-describedby={describedBy(id, s("dateHint"), errors[id])}
          />
        </div>
      ))}
      <button type="submit" class="button button--secondary button--small">
        {s("apply")}
      </button>
    </form>
  );
}
