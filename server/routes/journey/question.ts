import type { Context } from "hono";
import { saveDraftAnswers } from "../../db/queries/drafts";
import { detectDisclosure } from "../../domain/analysis/disclosure/detect-disclosure";
import {
  nextQuestion,
  previousQuestion,
  progressOf,
  visibleQuestions,
  withoutHiddenAnswers,
} from "../../domain/journey/navigation";
import { answerKind } from "../../domain/surveys/answer-kind";
import { isQuestionVisible } from "../../domain/surveys/show-if";
import type { Question } from "../../domain/surveys/survey-schema";
import { choiceOptions, validateAnswers } from "../../domain/surveys/validate-answers";
import type { AppEnv } from "../../http/app-env";
import { placesIn } from "../../surveys/localised-surveys";
import { QuestionPage } from "../../views/journey/question-page";
import { renderPage } from "../../views/render-page";
import { answerErrorMessage, noStore, optionLabeller } from "./journey-support";
import { type Journey, loadJourney } from "./load-journey";

function findQuestion(c: Context<AppEnv>, { survey, draft }: Journey): Question | undefined {
  const question = survey.questions.find((q) => q.id === c.req.param("qid"));
  // A question hidden by earlier answers is not asked: reaching it by URL goes nowhere.
  return question && isQuestionVisible(question, draft.answers) ? question : undefined;
}

const withQuery = (path: string, query: string) =>
  query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path;

/**
 * Whether an answer suggests harm, so the next page offers help first: a choice marked
 * `triggersHelp`, or free text that may disclose harm (nothing is stored until submission).
 */
function suggestsHarm(c: Context<AppEnv>, question: Question, answer: string | string[] | undefined) {
  if (typeof answer === "string" && answerKind(question) === "text") {
    return detectDisclosure(answer, c.var.locale).flag;
  }
  const chosen = [answer ?? []].flat();
  return choiceOptions(question, placesIn(c.var.locale)).some(
    (o) => o.triggersHelp && chosen.includes(o.value),
  );
}

type Shown = { value: string | string[] | undefined; returnToCheck: boolean; error?: string };

function renderQuestion(c: Context<AppEnv>, { survey, draft }: Journey, question: Question, shown: Shown) {
  const { t } = c.var;
  const { value, returnToCheck, error } = shown;
  const answers = draft.answers;
  const previous = previousQuestion(survey, answers, question.id);
  noStore(c);
  return renderPage(
    c,
    QuestionPage({
      ...c.var.page,
      question,
      value,
      error,
      surveyTitle: survey.title,
      options: choiceOptions(question, placesIn(c.var.locale)),
      progress: progressOf(survey, answers, question.id),
      backHref: returnToCheck
        ? `/s/${survey.id}/check`
        : previous
          ? `/s/${survey.id}/q/${previous.id}`
          : `/s/${survey.id}`,
      action: `/s/${survey.id}/q/${question.id}${returnToCheck ? "?change=1" : ""}`,
      returnToCheck,
      showHelp: c.req.query("help") === "1",
      optionLabel: optionLabeller(t),
    }),
    error ? 400 : 200,
  );
}

/** `GET /s/:id/q/:qid`: one question, with the draft's answer already chosen. */
export async function showQuestion(c: Context<AppEnv>) {
  const journey = await loadJourney(c);
  if (journey instanceof Response) return journey;
  const question = findQuestion(c, journey);
  if (!question) return c.redirect(`/s/${journey.survey.id}/check`, 303);
  const returnToCheck = c.req.query("change") === "1";
  return renderQuestion(c, journey, question, { value: journey.draft.answers[question.id], returnToCheck });
}

/** `POST /s/:id/q/:qid`: check the answer, save it in the draft, go to the next question (or back to check). */
export async function answerQuestion(c: Context<AppEnv>) {
  const journey = await loadJourney(c);
  if (journey instanceof Response) return journey;
  const { survey, draft } = journey;
  const question = findQuestion(c, journey);
  if (!question) return c.redirect(`/s/${survey.id}/check`, 303);

  const form = await c.req.parseBody({ all: true });
  const posted = [form.answer].flat().filter((v): v is string => typeof v === "string");
  const raw = answerKind(question) === "many" ? posted : (posted[0] ?? "");
  const merged = withoutHiddenAnswers(survey, { ...draft.answers, [question.id]: raw });
  const checked = validateAnswers(survey, merged);
  const issue = checked.ok ? undefined : checked.issues.find((i) => i.questionId === question.id);
  if (issue) {
    const error = answerErrorMessage(c.var.t, question, issue, raw);
    return renderQuestion(c, journey, question, {
      value: raw,
      returnToCheck: form.return === "check",
      error,
    });
  }
  // Answers that no longer fit (say, after the survey file changed) are dropped rather than blocking the journey.
  const answers = checked.ok
    ? checked.answers
    : Object.fromEntries(
        Object.entries(merged).filter(([id]) => !checked.issues.some((i) => i.questionId === id)),
      );
  await saveDraftAnswers(c.var.db, draft.id, answers);
  const help = suggestsHarm(c, question, answers[question.id]) ? "help=1" : "";

  if (form.return === "check") {
    // A change that reveals a follow-up question asks it before going back to the check page.
    const before = new Set(visibleQuestions(survey, draft.answers).map((q) => q.id));
    const revealed = visibleQuestions(survey, answers).find((q) => !before.has(q.id));
    const to = revealed ? `/s/${survey.id}/q/${revealed.id}?change=1` : `/s/${survey.id}/check`;
    return c.redirect(withQuery(to, help), 303);
  }
  const next = nextQuestion(survey, answers, question.id);
  return c.redirect(withQuery(next ? `/s/${survey.id}/q/${next.id}` : `/s/${survey.id}/check`, help), 303);
}
