import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { TFunction } from "i18next";
import { RESERVED_OPTION_VALUES, YES_NO_UNSURE } from "../../domain/surveys/reserved-options";
import type { Option, Question } from "../../domain/surveys/survey-schema";
import type { AnswerIssue } from "../../domain/surveys/validate-answers";
import type { AppEnv } from "../../http/app-env";

/** The one cookie the public journey sets: a random draft id, nothing else (strictly necessary). */
export const DRAFT_COOKIE = "heard_draft";

/** The draft id the browser holds, if any. */
export function draftIdFrom(c: Context<AppEnv>): string | undefined {
  return getCookie(c, DRAFT_COOKIE);
}

/** Session cookie (no expiry date): the server forgets the draft after 2 idle hours anyway. */
export function setDraftCookie(c: Context<AppEnv>, id: string) {
  setCookie(c, DRAFT_COOKIE, id, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
  });
}

/** Removes the draft cookie. */
export function clearDraftCookie(c: Context<AppEnv>) {
  deleteCookie(c, DRAFT_COOKIE, { path: "/" });
}

/** An option's label in the page language: engine-supplied answers are translated, authored ones as written. */
export function optionLabeller(t: TFunction) {
  const engine = new Set<string>([...RESERVED_OPTION_VALUES, ...YES_NO_UNSURE]);
  return (option: Option) => (engine.has(option.value) ? t(`answers.${option.value}`) : option.label);
}

/** A refused answer as words the respondent can act on, in the page language. */
export function answerErrorMessage(
  t: TFunction,
  question: Question,
  issue: AnswerIssue,
  raw: unknown,
): string {
  switch (issue.code) {
    case "too_long":
      return t("errors.tooLong", {
        max: "maxLength" in question ? question.maxLength : 0,
        length: typeof raw === "string" ? [...raw.trim()].length : 0,
      });
    case "too_many_choices":
      return t("errors.tooManyChoices", {
        max: question.type === "multi" ? question.maxChoices : 3,
        count: Array.isArray(raw) ? raw.length : 1,
      });
    case "conflicting_choices":
      return t("errors.conflictingChoices");
    case "option_not_offered":
      return t("errors.notOffered");
    default:
      return t("errors.invalidAnswer");
  }
}

/** No page in the journey may be cached: it shows someone's unsent answers. */
export function noStore(c: Context<AppEnv>) {
  c.header("Cache-Control", "no-store");
}
