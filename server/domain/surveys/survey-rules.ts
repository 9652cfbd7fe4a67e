import type { z } from "zod";
import { checkShowIf } from "./show-if-rules";
import type { Question, Survey } from "./survey-schema";

/** A place in the survey file, as zod paths are. */
export type Path = (string | number)[];
/** Records one problem at a path. */
export type Report = (path: Path, message: string) => void;

/** Calls back for the second and later uses of a value, with the index of its first use. */
function findDuplicates(values: readonly string[], onDuplicate: (index: number, firstIndex: number) => void) {
  const first = new Map<string, number>();
  values.forEach((value, i) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else onDuplicate(i, seen);
  });
}

function checkQuestionIds(survey: Survey, report: Report) {
  findDuplicates(
    survey.questions.map((q) => q.id),
    (i, j) =>
      report(
        ["questions", i, "id"],
        `Question id "${survey.questions[i]?.id}" is already used by questions[${j}]; give each question its own id`,
      ),
  );
}

function checkOptions(question: Question, at: Path, report: Report) {
  if ("options" in question) {
    const values = question.options.map((o) => o.value);
    findDuplicates(values, (k, j) =>
      report(
        [...at, "options", k, "value"],
        `Option value "${values[k]}" is already used by options[${j}]; give each option its own value`,
      ),
    );
  }
  if (question.type === "places" && question.places) {
    const places = question.places;
    findDuplicates(places, (k) =>
      report([...at, "places", k], `Place "${places[k]}" is listed twice; remove one`),
    );
  }
  if (
    question.type === "multi" &&
    question.maxChoices !== undefined &&
    question.maxChoices > question.options.length
  ) {
    report(
      [...at, "maxChoices"],
      `maxChoices is ${question.maxChoices} but there are only ${question.options.length} options; lower maxChoices or add options`,
    );
  }
}

/** Tags must be among the survey's own outcomes, so the survey's mapping to the strategy stays complete. */
function checkOutcomeTags(survey: Survey, question: Question, at: Path, report: Report) {
  const allowed = new Set(survey.outcomes);
  const check = (tags: readonly string[] | undefined, path: Path) =>
    tags?.forEach((tag, k) => {
      if (!allowed.has(tag)) {
        report(
          [...path, k],
          `Outcome "${tag}" is not in the survey's "outcomes"; add it there or remove it here`,
        );
      }
    });
  check(question.outcomes, [...at, "outcomes"]);
  if ("options" in question) {
    for (const [k, option] of question.options.entries())
      check(option.outcomes, [...at, "options", k, "outcomes"]);
  }
}

/** Cross-field rules a field-by-field schema can't express; run after every field is valid. */
export function checkSurveyRules(survey: Survey, ctx: z.RefinementCtx) {
  const report: Report = (path, message) => ctx.addIssue({ code: "custom", path, message });
  checkQuestionIds(survey, report);
  survey.questions.forEach((question, i) => {
    const at: Path = ["questions", i];
    checkOptions(question, at, report);
    checkOutcomeTags(survey, question, at, report);
    if (question.showIf) checkShowIf(survey, i, question.showIf, [...at, "showIf"], report);
  });
}
