import { z } from "zod";
import { conditionSchema } from "./condition-schema";
import { optionSchema } from "./option-schema";
import { YES_NO_UNSURE } from "./reserved-options";
import { harmTags, kebabId, outcomeTags, placeId, requiredText } from "./survey-fields";

const common = {
  id: kebabId("A question id", "safe-at-park").describe(
    "Unique within the survey; answers are stored under it",
  ),
  title: requiredText("A question title").describe("The question itself; it becomes the page heading"),
  hint: requiredText("A hint").optional().describe("A short line under the question that helps to answer it"),
  outcomes: outcomeTags.optional(),
  harms: harmTags.optional(),
  showIf: conditionSchema.optional().describe("Ask this only when earlier answers match"),
};

// Every choice question lets people say they don't know or would rather not say, so no one is forced.
const choice = {
  ...common,
  allowDontKnow: z.boolean().default(true).describe('Offer "I don\'t know" (default true)'),
  allowPreferNotToSay: z.boolean().default(true).describe('Offer "I\'d rather not say" (default true)'),
};

const options = (min: number) =>
  z.array(optionSchema).min(min, `Give at least ${min} options`).describe("The answers to choose from");

const emojiScale = z.strictObject({
  ...choice,
  type: z.literal("emoji-scale"),
  options: z
    .array(optionSchema)
    .min(3)
    .max(5)
    .refine((list) => list.length !== 4, "An emoji-scale needs exactly 3 or 5 options (one per face), not 4")
    .describe("3 or 5 faces, each with a text label, ordered worst to best"),
});

const scale = z.strictObject({
  ...choice,
  type: z.literal("scale"),
  options: z.array(optionSchema).length(5, "A scale needs exactly 5 options, ordered worst to best"),
});

const single = z.strictObject({ ...choice, type: z.literal("single"), options: options(2) });

const multi = z.strictObject({
  ...choice,
  type: z.literal("multi"),
  options: options(2),
  maxChoices: z
    .int()
    .min(1, "maxChoices must be at least 1")
    .optional()
    .describe("Most answers one person may pick"),
});

const topThree = z.strictObject({ ...choice, type: z.literal("top-three"), options: options(2) });

const yesNoUnsure = z.strictObject({
  ...choice,
  type: z.literal("yes-no-unsure"),
  triggersHelpOn: z
    .array(z.enum(YES_NO_UNSURE))
    .optional()
    .describe('Answers that suggest harm, e.g. ["yes"]: the respondent is shown where to get help next'),
});

const places = z.strictObject({
  ...choice,
  type: z.literal("places"),
  places: z
    .array(placeId)
    .min(1, "List at least one place, or leave places out to offer them all")
    .optional()
    .describe("Place ids to offer, in this order (default: every place in the framework)"),
});

const text = z.strictObject({
  ...common,
  type: z.literal("text"),
  maxLength: z.int().min(1).max(500, "A text answer can be at most 500 characters").default(200),
});

const longText = z.strictObject({
  ...common,
  type: z.literal("long-text"),
  maxLength: z.int().min(1).max(5000, "A long-text answer can be at most 5000 characters").default(1000),
});

/** One question; `type` decides which other fields it takes. */
export const questionSchema = z.discriminatedUnion(
  "type",
  [emojiScale, scale, single, multi, topThree, yesNoUnsure, places, text, longText],
  {
    error: (iss): string | undefined => {
      if (iss.code !== "invalid_union") return undefined;
      const type = (iss.input as { type?: unknown } | undefined)?.type;
      if (type === undefined) return `Add a "type": one of ${questionTypes.join(", ")}`;
      return `Unknown question type ${JSON.stringify(type)}. Use one of: ${questionTypes.join(", ")}`;
    },
  },
);

/** Every question type a survey file may use. */
export const questionTypes = questionSchema.options.map((q) => q.shape.type.value);
