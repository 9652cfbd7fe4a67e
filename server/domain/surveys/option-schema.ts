import { z } from "zod";
import { RESERVED_OPTION_VALUES } from "./reserved-options";
import { harmTags, kebabId, outcomeTags, requiredText } from "./survey-fields";

const optionValue = kebabId("An option value", "very-safe").refine(
  (value) => !RESERVED_OPTION_VALUES.includes(value),
  {
    error: (iss) =>
      `"${String(iss.input)}" is reserved: Heard adds "I don't know" and "I'd rather not say" itself. ` +
      'Remove this option (set "allowDontKnow" or "allowPreferNotToSay" to false to hide them) or use another value',
  },
);

/** One answer a respondent can pick. */
export const optionSchema = z
  .strictObject({
    value: optionValue.describe("Stored with the answer; kebab-case, unique within the question"),
    label: requiredText("An option label").describe("What the respondent reads"),
    outcomes: outcomeTags.optional(),
    harms: harmTags.optional(),
    triggersHelp: z
      .boolean()
      .optional()
      .describe("true if choosing this suggests harm: the respondent is shown where to get help next"),
  })
  .meta({ id: "Option" });
