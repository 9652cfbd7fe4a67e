import { z } from "zod";
import { frameworkIds } from "../surveys/bundled-framework";

/** Longest theme label: a short phrase an analyst can scan in a list of checkboxes. */
export const LABEL_MAX = 80;
/** Longest description: a sentence or two on what belongs under the theme. */
export const DESCRIPTION_MAX = 500;

const idList = <T extends [string, ...string[]]>(values: T, what: string) =>
  z.array(z.enum(values, { message: `Choose ${what} from the strategy framework.` })).max(values.length);

const fields = {
  label: z
    .string()
    .trim()
    .min(1, "Enter a label for the theme.")
    .max(LABEL_MAX, `Enter a label of ${LABEL_MAX} characters or fewer.`),
  description: z
    .string()
    .trim()
    .max(DESCRIPTION_MAX, `Enter a description of ${DESCRIPTION_MAX} characters or fewer.`),
  outcomes: idList(frameworkIds.outcomes, "outcomes"),
  harms: idList(frameworkIds.harms, "harms"),
};

/** A new theme: a label, what it covers, and the strategy outcomes and harms it speaks to. */
export const newThemeSchema = z.object({
  label: fields.label,
  description: fields.description.default(""),
  outcomes: fields.outcomes.default([]),
  harms: fields.harms.default([]),
});

/** A change to a theme: any of its fields, and whether it is retired (kept on coded answers, offered no more). */
export const themeChangeSchema = z
  .object({
    label: fields.label.optional(),
    description: fields.description.optional(),
    outcomes: fields.outcomes.optional(),
    harms: fields.harms.optional(),
    retired: z.boolean().optional(),
  })
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    message: "Send at least one field to change.",
  });

export type NewTheme = z.infer<typeof newThemeSchema>;
export type ThemeChange = z.infer<typeof themeChangeSchema>;

/** Each id once, in the framework's order, so a theme's links read the same everywhere. */
export function inFrameworkOrder<T extends string>(chosen: readonly T[], order: readonly string[]): T[] {
  const set = new Set<string>(chosen);
  return order.filter((id) => set.has(id)) as T[];
}
