import type { Context } from "hono";
import { createDraft, deleteDraft, newDraftId } from "../../db/queries/drafts";
import { surveyIsOpen } from "../../db/queries/survey-settings";
import { helpAudienceOf } from "../../domain/help/help-services";
import { firstQuestion } from "../../domain/journey/navigation";
import type { AppEnv } from "../../http/app-env";
import { surveyIn } from "../../surveys/localised-surveys";
import { StartPage } from "../../views/journey/start-page";
import { renderPage } from "../../views/render-page";
import { clearDraftCookie, draftIdFrom, noStore, setDraftCookie } from "./journey-support";
import { cleanEventLabel, kioskEventFrom, kioskStartUrl } from "./kiosk";
import { closedSurveyPage } from "./survey-closed";

function surveyFor(c: Context<AppEnv>) {
  return surveyIn(c.req.param("id") ?? "", c.var.locale);
}

/** `GET /s/:id` and `GET /k/:id` (shared device): the start page. */
export async function showStart(c: Context<AppEnv>) {
  const survey = surveyFor(c);
  if (!survey) return c.notFound();
  if (!(await surveyIsOpen(c.var.db, survey.id))) return closedSurveyPage(c, survey, 200);
  const kioskEvent = kioskEventFrom(c);
  const notice = c.req.query("expired") ? c.var.t("errors.draftExpired") : undefined;
  const action = kioskEvent === undefined ? `/s/${survey.id}/start` : `/k/${survey.id}/start`;
  const kiosk = kioskEvent === undefined ? undefined : { restartUrl: kioskStartUrl(survey.id, kioskEvent) };
  const page = { ...c.var.page, kiosk, helpFor: helpAudienceOf(survey.audience) };
  noStore(c);
  return renderPage(c, StartPage({ ...page, survey, action, notice, kioskEvent: kioskEvent ?? undefined }));
}

/**
 * `POST /s/:id/start` and `POST /k/:id/start`: a fresh draft, then question 1. On a shared device
 * any earlier draft held by this browser is deleted first, so the next person can never reach it.
 */
export async function startSurvey(c: Context<AppEnv>) {
  const survey = surveyFor(c);
  if (!survey) return c.notFound();
  if (!(await surveyIsOpen(c.var.db, survey.id))) return closedSurveyPage(c, survey);
  const kioskEvent = c.req.path.startsWith("/k/") ? await kioskEventFromForm(c) : null;
  const previous = draftIdFrom(c);
  if (previous && kioskEvent !== null) await deleteDraft(c.var.db, previous);
  const id = newDraftId();
  await createDraft(c.var.db, {
    id,
    surveyId: survey.id,
    surveyVersion: survey.version,
    locale: c.var.locale,
    kioskEvent,
  });
  setDraftCookie(c, id);
  noStore(c);
  const first = firstQuestion(survey, {});
  return c.redirect(first ? `/s/${survey.id}/q/${first.id}` : `/s/${survey.id}/check`, 303);
}

/** `GET /k/:id/restart`: clear this device's draft and go back to the kiosk start page. */
export async function restartKiosk(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const draftId = draftIdFrom(c);
  if (draftId) await deleteDraft(c.var.db, draftId);
  clearDraftCookie(c);
  noStore(c);
  return c.redirect(kioskStartUrl(id, kioskEventFrom(c) ?? ""), 303);
}

async function kioskEventFromForm(c: Context<AppEnv>): Promise<string> {
  const form = await c.req.parseBody();
  return typeof form.event === "string" ? cleanEventLabel(form.event) : "";
}
