// No zod here: the browser's enhancement script may share it.
import type { Answers } from "../surveys/answer-schema";
import { isQuestionVisible } from "../surveys/show-if";
import type { Question, Survey } from "../surveys/survey-schema";

/** The questions this person will be asked, given what they have answered so far, in survey order. */
export function visibleQuestions(survey: Pick<Survey, "questions">, answers: Answers): Question[] {
  return survey.questions.filter((question) => isQuestionVisible(question, answers));
}

/** The first question to ask, or undefined when the survey has none visible. */
export function firstQuestion(survey: Pick<Survey, "questions">, answers: Answers): Question | undefined {
  return visibleQuestions(survey, answers)[0];
}

/**
 * The question after `currentId` that is visible with these answers, or undefined when the next
 * stop is "Check your answers". Walks the survey order, not the visible list, so a question that
 * just became hidden still has a well-defined successor.
 */
export function nextQuestion(survey: Pick<Survey, "questions">, answers: Answers, currentId: string) {
  const index = survey.questions.findIndex((q) => q.id === currentId);
  return survey.questions.slice(index + 1).find((question) => isQuestionVisible(question, answers));
}

/** The visible question before `currentId`, or undefined when the Back link leads to the start page. */
export function previousQuestion(survey: Pick<Survey, "questions">, answers: Answers, currentId: string) {
  const index = survey.questions.findIndex((q) => q.id === currentId);
  if (index <= 0) return undefined;
  return survey.questions
    .slice(0, index)
    .reverse()
    .find((question) => isQuestionVisible(question, answers));
}

/** "Question n of about m": m can change as answers reveal or hide follow-up questions. */
export function progressOf(survey: Pick<Survey, "questions">, answers: Answers, currentId: string) {
  const visible = visibleQuestions(survey, answers);
  const position = visible.findIndex((q) => q.id === currentId);
  return { number: position + 1, total: visible.length };
}

/**
 * Drops answers to questions that an earlier change has hidden, repeating until stable because
 * hiding one follow-up can hide another that depended on it.
 */
export function withoutHiddenAnswers(survey: Pick<Survey, "questions">, answers: Answers): Answers {
  let current = answers;
  for (;;) {
    const visible = new Set(visibleQuestions(survey, current).map((q) => q.id));
    const kept = Object.fromEntries(Object.entries(current).filter(([id]) => visible.has(id)));
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
}
