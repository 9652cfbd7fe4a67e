// Static JSON imports, not fs: this module is bundled into the Cloudflare Worker too.
import feelingSafe from "../../surveys/feeling-safe.json" with { type: "json" };
import helpYouGot from "../../surveys/help-you-got.json" with { type: "json" };
import movingOn from "../../surveys/moving-on.json" with { type: "json" };
import parentsCarers from "../../surveys/parents-carers.json" with { type: "json" };
import quickFeedback from "../../surveys/quick-feedback.json" with { type: "json" };
import stayingSafe from "../../surveys/staying-safe.json" with { type: "json" };
import { describeSurveyIssues } from "../domain/surveys/survey-issues";
import { type Survey, surveySchema } from "../domain/surveys/survey-schema";

export { bundledFramework as framework } from "../domain/surveys/bundled-framework";

/** Parses a bundled survey once; a broken one stops start-up with the same messages the CLI prints. */
function parseBundled(name: string, json: unknown): Survey {
  const parsed = surveySchema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = describeSurveyIssues(parsed.error.issues).map((p) => `  ${p.path}: ${p.message}`);
  throw new Error(
    `surveys/${name}.json is not a valid survey (run \`heard surveys validate\`):\n${problems.join("\n")}`,
  );
}

/** The surveys shipped with Heard, in the order they are listed. */
export const bundledSurveys: readonly Survey[] = Object.freeze([
  parseBundled("feeling-safe", feelingSafe),
  parseBundled("staying-safe", stayingSafe),
  parseBundled("moving-on", movingOn),
  parseBundled("parents-carers", parentsCarers),
  parseBundled("help-you-got", helpYouGot),
  parseBundled("quick-feedback", quickFeedback),
]);

const byId = new Map(bundledSurveys.map((survey) => [survey.id, survey]));

/** The bundled survey with this id, or undefined. */
export function getSurvey(id: string): Survey | undefined {
  return byId.get(id);
}
