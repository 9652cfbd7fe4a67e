import { answerKind } from "./answer-kind";
import { bundledFramework as framework } from "./bundled-framework";
import { choiceOptions } from "./choice-options";
import { closestMatch } from "./closest-match";
import type { Condition } from "./condition-schema";
import type { Path, Report } from "./survey-rules";
import type { Question, Survey } from "./survey-schema";

function checkValues(ref: Question, values: readonly string[], pathOf: (k: number) => Path, report: Report) {
  const offered = choiceOptions(ref, framework).map((o) => o.value);
  values.forEach((value, k) => {
    if (!offered.includes(value)) {
      report(
        pathOf(k),
        `"${value}" is not an answer question "${ref.id}" offers. Use one of: ${offered.join(", ")}`,
      );
    }
  });
}

/** Checks a showIf of questions[index]: it may only use earlier questions, and values they offer. */
export function checkShowIf(survey: Survey, index: number, cond: Condition, at: Path, report: Report) {
  if ("all" in cond || "any" in cond) {
    const [key, list] = "all" in cond ? (["all", cond.all] as const) : (["any", cond.any] as const);
    for (const [k, c] of list.entries()) checkShowIf(survey, index, c, [...at, key, k], report);
    return;
  }
  if ("not" in cond) return checkShowIf(survey, index, cond.not, [...at, "not"], report);
  const refIndex = survey.questions.findIndex((q) => q.id === cond.question);
  const ref = survey.questions[refIndex];
  if (!ref) {
    const guess = closestMatch(
      cond.question,
      survey.questions.slice(0, index).map((q) => q.id),
    );
    const hint = guess ? `; did you mean "${guess}"?` : "; use the id of an earlier question";
    return report(
      [...at, "question"],
      `showIf refers to question "${cond.question}", which this survey does not have${hint}`,
    );
  }
  if (refIndex >= index) {
    const where = refIndex === index ? "is this question itself" : `comes later (questions[${refIndex}])`;
    return report(
      [...at, "question"],
      `showIf refers to question "${cond.question}", which ${where}. A question can only depend on answers to earlier questions`,
    );
  }
  if ("answered" in cond) return;
  const kind = answerKind(ref);
  const test = "equals" in cond ? "equals" : "in" in cond ? "in" : "includes";
  if (kind === "text") {
    return report(
      [...at, test],
      `Question "${ref.id}" is free text, so its answer can't be matched; use { "question": "${ref.id}", "answered": true }`,
    );
  }
  if (kind === "one" && test === "includes") {
    return report(
      [...at, test],
      `Question "${ref.id}" has one answer; use "equals" or "in" instead of "includes"`,
    );
  }
  if (kind === "many" && test === "equals") {
    return report(
      [...at, test],
      `Question "${ref.id}" can have several answers; use "includes" instead of "equals"`,
    );
  }
  const values = "equals" in cond ? [cond.equals] : "in" in cond ? cond.in : [cond.includes];
  checkValues(ref, values, (k) => (test === "in" ? [...at, test, k] : [...at, test]), report);
}
