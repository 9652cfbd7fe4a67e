import type { TFunction } from "i18next";
import type { NoteView } from "../../../routes/workspace/safeguarding/schemas";
import { formatMoment } from "./format-date";

type NotesProps = {
  t: TFunction;
  locale: string;
  notes: readonly NoteView[];
  /** Where the add-a-note form posts. */
  action: string;
  error?: string;
  /** What was typed, when it has to be shown again with an error. */
  draft?: string;
  max: number;
};

/** The lead's notes, oldest first (decrypted only here, on the opened page), and a form to add one. */
export function NotesSection({ t, locale, notes, action, error, draft, max }: NotesProps) {
  const s = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.safeguarding.notes.${key}`, options);
  const describedBy = ["note-hint", error ? "note-error" : ""].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{s("heading")}</h2>
      {notes.length === 0 ? (
        <p>{s("none")}</p>
      ) : (
        <ol class="safeguarding-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <p class="safeguarding-text">{n.note}</p>
              <p class="hint">
                {s("by", { author: n.author ?? s("formerOfficer"), when: formatMoment(locale, n.writtenAt) })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form method="post" action={action} novalidate>
        <div class={`form-group${error ? " form-group--error" : ""}`}>
          <label class="label" for="note">
            {s("label")}
          </label>
          <p id="note-hint" class="hint">
            {s("hint", { max })}
          </p>
          {error ? (
            <p id="note-error" class="error-message">
              <span class="visually-hidden">{t("errors.prefix")}</span> {error}
            </p>
          ) : null}
          <textarea
            class={`text-input text-input--long${error ? " text-input--error" : ""}`}
            id="note"
            name="note"
            rows={5}
            aria-describedby={describedBy}
          >
            {draft ?? ""}
          </textarea>
        </div>
        <button type="submit" class="button">
          {s("save")}
        </button>
      </form>
    </section>
  );
}
