import type { TFunction } from "i18next";
import type { z } from "zod";
import type { Action } from "../../../db/queries/actions";
import { TRANSLATED_LOCALES } from "../../../domain/publications/action-input";
import { personIn } from "../../../domain/publications/owning-team";
import type { FieldError } from "../../../views/components/error-summary";
import type { ActionFormValues } from "../../../views/workspace/publishing/action-form";

type Form = Record<string, string | File | (string | File)[]>;
const one = (form: Form, name: string) => (typeof form[name] === "string" ? form[name] : "");
const all = (form: Form, name: string) =>
  [form[name] ?? []].flat().filter((v): v is string => typeof v === "string");

/** The action form as posted, kept as typed so the page can show it again with its errors. */
export function actionValuesOf(form: Form): ActionFormValues {
  const translations: ActionFormValues["translations"] = {};
  for (const locale of TRANSLATED_LOCALES) {
    const title = one(form, `title-${locale}`).trim();
    const childSummary = one(form, `childSummary-${locale}`).trim();
    if (title || childSummary)
      translations[locale] = { ...(title ? { title } : {}), ...(childSummary ? { childSummary } : {}) };
  }
  return {
    title: one(form, "title"),
    description: one(form, "description"),
    childSummary: one(form, "childSummary"),
    agency: one(form, "agency"),
    owningTeam: one(form, "owningTeam"),
    status: one(form, "status") || "planned",
    startOn: one(form, "startOn"),
    dueOn: one(form, "dueOn"),
    doneOn: one(form, "doneOn"),
    themes: all(form, "themes"),
    outcomes: all(form, "outcomes"),
    translations,
  };
}

/** The form's values as the action schema reads them: empty dates are no date. */
export function actionInputOf(values: ActionFormValues) {
  const day = (text: string) => (text.trim() === "" ? null : text);
  return { ...values, startOn: day(values.startOn), dueOn: day(values.dueOn), doneOn: day(values.doneOn) };
}

/** A stored action in the form's shape. */
export function actionValuesFrom(action: Action): ActionFormValues {
  return {
    ...action,
    startOn: action.startOn ?? "",
    dueOn: action.dueOn ?? "",
    doneOn: action.doneOn ?? "",
    translations: action.translations,
  };
}

/** One translated message per field zod found wrong, each linking to its field. */
export function actionFieldErrors(
  t: TFunction,
  values: ActionFormValues,
  issues: readonly z.core.$ZodIssue[],
): FieldError[] {
  const byField = new Map<string, string>();
  const say = (key: string) => t(`ws.publishing.actions.errors.${key}`);
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "title");
    let message: string;
    if (field === "owningTeam") {
      const problem = values.owningTeam.trim() ? personIn(values.owningTeam) : undefined;
      message = say(problem === "email" ? "teamEmail" : problem === "person" ? "teamPerson" : "owningTeam");
    } else if (field === "dueOn" && issue.code === "custom" && issue.message.includes("on or after")) {
      message = say("dateOrder");
    } else if (field === "startOn" || field === "dueOn" || field === "doneOn") {
      message = say("date");
    } else {
      message = say(field);
    }
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField].map(([field, message]) => ({ href: `#${field}`, message }));
}
