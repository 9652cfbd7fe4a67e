import { z } from "zod";
import { conditionSchema } from "./condition-schema";
import { optionSchema } from "./option-schema";
import { questionSchema } from "./question-schema";
import { audienceId, engagementLevelId, kebabId, outcomeId, requiredText } from "./survey-fields";
import { checkSurveyRules } from "./survey-rules";

export { type Framework, frameworkSchema } from "./framework-schema";
export { conditionSchema, optionSchema, questionSchema };

/** The agencies that can own a survey, as named in the strategy's partnership. */
export const ownerAgencies = [
  "council",
  "health",
  "police",
  "education",
  "voluntary-sector",
  "partnership",
] as const;

/** A survey file (`surveys/<id>.json`): the one definition pages, API, validation and reports share. */
export const surveySchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editor support: "./schema.json"'),
    id: kebabId("A survey id", "feeling-safe").describe("Stable id; the file is named <id>.json"),
    version: z
      .int()
      .positive("version must be a whole number, 1 or more")
      .describe("Raise it when questions change; each response records the version it answered"),
    title: requiredText("The title"),
    intro: requiredText("The intro").describe(
      "Shown before the first question: why we ask, and that every question can be skipped",
    ),
    audience: audienceId.describe("Who the survey is written for"),
    engagementLevel: engagementLevelId.describe("individual, service or strategic, as in the strategy"),
    ownerAgency: z.enum(ownerAgencies, {
      error: (iss) =>
        `Unknown owner agency ${JSON.stringify(iss.input)}. Use one of: ${ownerAgencies.join(", ")}`,
    }),
    estimatedMinutes: z
      .int("estimatedMinutes must be a whole number of minutes")
      .min(1, "estimatedMinutes must be at least 1")
      .max(60, "estimatedMinutes must be 60 or fewer; split a longer survey"),
    outcomes: z
      .array(outcomeId)
      .min(1, "List at least one strategy outcome this survey gives evidence for")
      .describe("Strategy outcome ids the survey gives evidence for"),
    questions: z.array(questionSchema).min(1, "Add at least one question"),
  })
  .superRefine(checkSurveyRules);

/** A parsed survey: defaults filled in, cross-field rules checked. */
export type Survey = z.infer<typeof surveySchema>;
/** One parsed question. */
export type Question = z.infer<typeof questionSchema>;
/** One answer option (authored, or added by the engine). */
export type Option = z.infer<typeof optionSchema>;
/** A showIf condition. */
export type { Condition } from "./condition-schema";
