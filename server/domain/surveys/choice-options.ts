// No zod here: pages, islands and validation all call this, and the browser must not carry zod.
import type { Framework } from "./framework-schema";
import { DONT_KNOW, PREFER_NOT_TO_SAY } from "./reserved-options";
import type { Option, Question } from "./survey-schema";

const YES_NO_UNSURE_LABELS = { yes: "Yes", no: "No", unsure: "Not sure" } as const;

/** The options a question's author wrote, or the engine's own for yes-no-unsure and places. */
function baseOptions(question: Question, framework: Pick<Framework, "places">): Option[] {
  switch (question.type) {
    case "yes-no-unsure":
      return (["yes", "no", "unsure"] as const).map((value) => ({
        value,
        label: YES_NO_UNSURE_LABELS[value],
        ...(question.triggersHelpOn?.includes(value) ? { triggersHelp: true } : {}),
      }));
    case "places": {
      const wanted = question.places ?? framework.places.map((p) => p.id);
      return wanted.flatMap((id) => {
        const place = framework.places.find((p) => p.id === id);
        return place ? [{ value: place.id, label: place.label }] : [];
      });
    }
    case "text":
    case "long-text":
      return [];
    default:
      return question.options;
  }
}

/**
 * Every option the respondent sees, in display order, including "I don't know" and "I'd rather not say"
 * when allowed; empty for free-text questions. Pages, the API and answer validation all use this list.
 */
export function choiceOptions(question: Question, framework: Pick<Framework, "places">): Option[] {
  const options = baseOptions(question, framework);
  if (question.type === "text" || question.type === "long-text") return options;
  const extra: Option[] = [];
  if (question.allowDontKnow) extra.push({ value: DONT_KNOW, label: "I don't know" });
  if (question.allowPreferNotToSay) extra.push({ value: PREFER_NOT_TO_SAY, label: "I'd rather not say" });
  return [...options, ...extra];
}
