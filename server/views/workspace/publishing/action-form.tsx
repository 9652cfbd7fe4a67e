import type { TFunction } from "i18next";
import type { Theme } from "../../../db/queries/themes";
import {
  CHILD_SUMMARY_MAX,
  DESCRIPTION_MAX,
  TEAM_MAX,
  TITLE_MAX,
  TRANSLATED_LOCALES,
} from "../../../domain/publications/action-input";
import { ACTION_STATUSES, AGENCIES } from "../../../domain/publications/publication-content";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import { LANGUAGE_NAMES } from "../../../i18n/i18n";
import type { FieldError } from "../../components/error-summary";
import type { Labels } from "../coding/labels";
import { ChoiceField, errorFor, TextField } from "./form-fields";

/** What the action form shows: what was typed, or the action as stored. */
export type ActionFormValues = {
  title: string;
  description: string;
  childSummary: string;
  agency: string;
  owningTeam: string;
  status: string;
  startOn: string;
  dueOn: string;
  doneOn: string;
  themes: string[];
  outcomes: string[];
  translations: Record<string, { title?: string; childSummary?: string }>;
};

export const EMPTY_ACTION: ActionFormValues = {
  title: "",
  description: "",
  childSummary: "",
  agency: "",
  owningTeam: "",
  status: "planned",
  startOn: "",
  dueOn: "",
  doneOn: "",
  themes: [],
  outcomes: [],
  translations: {},
};

type Props = {
  t: TFunction;
  labels: Labels;
  action: string;
  values: ActionFormValues;
  errors: readonly FieldError[];
  themes: Theme[];
};

/** Add or change an action. Every field a child or parent may read is said to be published. */
export function ActionForm({ t, labels, action, values: v, errors, themes }: Props) {
  const f = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.publishing.actions.fields.${key}`, options);
  const liveOrChosen = themes.filter((th) => !th.retired || v.themes.includes(th.id));
  return (
    <form method="post" action={action} novalidate>
      <TextField
        id="title"
        label={f("title")}
        hint={f("titleHint", { max: TITLE_MAX })}
        value={v.title}
        error={errorFor(errors, "title")}
      />
      <TextField
        id="description"
        label={f("description")}
        hint={f("descriptionHint", { max: DESCRIPTION_MAX })}
        value={v.description}
        error={errorFor(errors, "description")}
        long
      />
      <TextField
        id="childSummary"
        label={f("childSummary")}
        hint={f("childSummaryHint", { max: CHILD_SUMMARY_MAX })}
        value={v.childSummary}
        error={errorFor(errors, "childSummary")}
        long
      />
      <ChoiceField
        name="agency"
        legend={f("agency")}
        type="radio"
        chosen={[v.agency]}
        error={errorFor(errors, "agency")}
        options={AGENCIES.map((a) => ({ value: a, label: t(`ws.publishing.agency.${a}`) }))}
      />
      <TextField
        id="owningTeam"
        label={f("owningTeam")}
        hint={f("owningTeamHint")}
        value={v.owningTeam}
        error={errorFor(errors, "owningTeam")}
        maxLength={TEAM_MAX * 2}
      />
      <ChoiceField
        name="status"
        legend={f("status")}
        type="radio"
        chosen={[v.status]}
        error={errorFor(errors, "status")}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`ws.publishing.status.${s}`) }))}
      />
      {(["startOn", "dueOn", "doneOn"] as const).map((name) => (
        <TextField
          key={name}
          id={name}
          label={f(name)}
          hint={f("dateHint")}
          value={v[name]}
          error={errorFor(errors, name)}
        />
      ))}
      <ChoiceField
        name="themes"
        legend={f("themes")}
        type="checkbox"
        chosen={v.themes}
        error={errorFor(errors, "themes")}
        options={liveOrChosen.map((th) => ({ value: th.id, label: th.label }))}
      />
      <ChoiceField
        name="outcomes"
        legend={f("outcomes")}
        type="checkbox"
        chosen={v.outcomes}
        error={errorFor(errors, "outcomes")}
        options={frameworkIds.outcomes.map((o) => ({ value: o, label: labels.outcome(o) }))}
      />
      <details
        class="publishing-translations"
        open={errorFor(errors, "translations") !== undefined || undefined}
      >
        <summary>{f("translations")}</summary>
        <p class="hint">{f("translationsHint")}</p>
        {errorFor(errors, "translations") ? (
          <p class="error-message" id="translations">
            {errorFor(errors, "translations")}
          </p>
        ) : null}
        {TRANSLATED_LOCALES.map((locale) => (
          <div key={locale}>
            <TextField
              id={`title-${locale}`}
              label={f("translatedTitle", { language: LANGUAGE_NAMES[locale] })}
              value={v.translations[locale]?.title ?? ""}
              maxLength={TITLE_MAX * 2}
            />
            <TextField
              id={`childSummary-${locale}`}
              label={f("translatedSummary", { language: LANGUAGE_NAMES[locale] })}
              value={v.translations[locale]?.childSummary ?? ""}
              long
            />
          </div>
        ))}
      </details>
      <button type="submit" class="button">
        {t("ws.publishing.actions.save")}
      </button>
    </form>
  );
}
