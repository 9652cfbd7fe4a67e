import type { Context } from "hono";
import { type Draft, findDraft } from "../../db/queries/drafts";
import { surveyIsOpen } from "../../db/queries/survey-settings";
import { helpAudienceOf } from "../../domain/help/help-services";
import type { Survey } from "../../domain/surveys/survey-schema";
import type { AppEnv } from "../../http/app-env";
import { surveyIn } from "../../surveys/localised-surveys";
import { draftIdFrom } from "./journey-support";
import { kioskOf } from "./kiosk";
import { closedSurveyPage } from "./survey-closed";

/** The survey a journey URL names (in the page's language) and the live draft for it. */
export type Journey = { survey: Survey; draft: Draft };

/**
 * Loads `/s/:id/...`'s survey and draft. No draft (cookie gone, expired after 2 idle hours, or a
 * different survey) sends the person to the start page with a notice, never to an error. A shared
 * device's draft puts the kiosk frame (idle reset, start again) on every page.
 */
export async function loadJourney(c: Context<AppEnv>): Promise<Journey | Response> {
  const survey = surveyIn(c.req.param("id") ?? "", c.var.locale);
  if (!survey) return c.notFound();
  // Closed while someone was part-way through: nothing more is taken (their draft expires unused).
  if (!(await surveyIsOpen(c.var.db, survey.id))) return closedSurveyPage(c, survey);
  const draftId = draftIdFrom(c);
  const draft = draftId ? await findDraft(c.var.db, draftId, survey.id) : undefined;
  if (!draft) return c.redirect(`/s/${survey.id}?expired=1`, 303);
  c.set("page", { ...c.var.page, kiosk: kioskOf(draft), helpFor: helpAudienceOf(survey.audience) });
  return { survey, draft };
}
