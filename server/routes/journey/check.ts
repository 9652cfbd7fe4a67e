import type { Context } from "hono";
import { deleteDraftStatement } from "../../db/queries/drafts";
import { visibleQuestions } from "../../domain/journey/navigation";
import { choiceOptions } from "../../domain/surveys/validate-answers";
import type { AppEnv } from "../../http/app-env";
import { submitResponse } from "../../services/submit-response";
import { placesIn } from "../../surveys/localised-surveys";
import { CheckAnswersPage, type CheckRow } from "../../views/journey/check-answers-page";
import { ConfirmationPage, KIOSK_HANDOVER_SECONDS } from "../../views/journey/confirmation-page";
import { renderPage } from "../../views/render-page";
import { clearDraftCookie, noStore, optionLabeller } from "./journey-support";
import { type Journey, loadJourney } from "./load-journey";

function checkRows(c: Context<AppEnv>, { survey, draft }: Journey): CheckRow[] {
  const label = optionLabeller(c.var.t);
  return visibleQuestions(survey, draft.answers).map((question) => {
    const answer = draft.answers[question.id];
    const options = choiceOptions(question, placesIn(c.var.locale));
    const words = [answer ?? []].flat().map((value) => {
      const option = options.find((o) => o.value === value);
      return option ? label(option) : value;
    });
    return {
      questionId: question.id,
      question: question.title,
      answer: words,
      changeHref: `/s/${survey.id}/q/${question.id}?change=1`,
    };
  });
}

/** `GET /s/:id/check`: every answer, with Change links, then Send. */
export async function showCheck(c: Context<AppEnv>) {
  const journey = await loadJourney(c);
  if (journey instanceof Response) return journey;
  const { survey, draft } = journey;
  const rows = checkRows(c, journey);
  const last = visibleQuestions(survey, draft.answers).at(-1);
  noStore(c);
  return renderPage(
    c,
    CheckAnswersPage({
      ...c.var.page,
      rows,
      surveyTitle: survey.title,
      backHref: last ? `/s/${survey.id}/q/${last.id}` : `/s/${survey.id}`,
      showHelp: c.req.query("help") === "1",
      action: `/s/${survey.id}/submit`,
    }),
  );
}

/**
 * `POST /s/:id/submit`: store the draft's answers, delete the draft, show the receipt. The page is
 * the POST's own response (no redirect) so the receipt code never sits in a URL or the history.
 */
export async function submitDraft(c: Context<AppEnv>) {
  const journey = await loadJourney(c);
  if (journey instanceof Response) return journey;
  const { survey, draft } = journey;
  const result = await submitResponse(c.var.db, c.var.config, {
    survey,
    locale: c.var.locale,
    answers: draft.answers,
    eventLabel: draft.kioskEvent || null,
    alongside: [deleteDraftStatement(c.var.db, draft.id)],
  });
  if (!result.ok) return c.redirect(`/s/${survey.id}/check`, 303);
  clearDraftCookie(c);
  noStore(c);
  const { kiosk } = c.var.page;
  const page = kiosk
    ? { ...c.var.page, kiosk: { ...kiosk, refreshAfterSeconds: KIOSK_HANDOVER_SECONDS } }
    : c.var.page;
  return renderPage(
    c,
    ConfirmationPage({ ...page, receipt: result.receipt, mayDiscloseHarm: result.mayDiscloseHarm }),
  );
}
