import type { Context } from "hono";
import { createDraft, newDraftId } from "../../db/queries/drafts";
import { firstQuestion } from "../../domain/journey/navigation";
import type { AppEnv } from "../../http/app-env";
import { getSurvey } from "../../surveys/bundled-surveys";
import { StartPage } from "../../views/journey/start-page";
import { renderPage } from "../../views/render-page";
import { noStore, setDraftCookie } from "./journey-support";

/** `GET /s/:id`: the start page. */
export function showStart(c: Context<AppEnv>) {
  const survey = getSurvey(c.req.param("id") ?? "");
  if (!survey) return c.notFound();
  const { t, locale } = c.var;
  const notice = c.req.query("expired") ? t("errors.draftExpired") : undefined;
  return renderPage(c, StartPage({ t, locale, survey, action: `/s/${survey.id}/start`, notice }));
}

/** `POST /s/:id/start`: a fresh draft (any earlier one for this browser is left to expire), then question 1. */
export async function startSurvey(c: Context<AppEnv>) {
  const survey = getSurvey(c.req.param("id") ?? "");
  if (!survey) return c.notFound();
  const id = newDraftId();
  await createDraft(c.var.db, {
    id,
    surveyId: survey.id,
    surveyVersion: survey.version,
    locale: c.var.locale,
  });
  setDraftCookie(c, id);
  noStore(c);
  const first = firstQuestion(survey, {});
  return c.redirect(first ? `/s/${survey.id}/q/${first.id}` : `/s/${survey.id}/check`, 303);
}
