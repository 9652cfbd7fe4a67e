import type { Context } from "hono";
import { type Draft, findDraft } from "../../db/queries/drafts";
import type { Survey } from "../../domain/surveys/survey-schema";
import type { AppEnv } from "../../http/app-env";
import { getSurvey } from "../../surveys/bundled-surveys";
import { draftIdFrom } from "./journey-support";

/** The survey a journey URL names and the live draft for it, or the response to send instead. */
export type Journey = { survey: Survey; draft: Draft };

/**
 * Loads `/s/:id/...`'s survey and draft. No draft (cookie gone, expired after 2 idle hours, or a
 * different survey) sends the person to the start page with a notice, never to an error.
 */
export async function loadJourney(c: Context<AppEnv>): Promise<Journey | Response> {
  const survey = getSurvey(c.req.param("id") ?? "");
  if (!survey) return c.notFound();
  const draftId = draftIdFrom(c);
  const draft = draftId ? await findDraft(c.var.db, draftId, survey.id) : undefined;
  if (!draft) return c.redirect(`/s/${survey.id}?expired=1`, 303);
  return { survey, draft };
}
