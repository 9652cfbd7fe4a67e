import { z } from "zod";
import { isDay } from "../periods/period";
import { frameworkIds } from "../surveys/bundled-framework";
import { hasEmail, personIn } from "./owning-team";
import { ACTION_STATUSES, AGENCIES } from "./publication-content";

/** Limits that keep actions readable in a list and on a phone. */
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const CHILD_SUMMARY_MAX = 300;
export const TEAM_MAX = 120;
export const NOTE_MAX = 1000;

/** Locales an action's title and children's summary may be translated into (English is the action itself). */
export const TRANSLATED_LOCALES = ["pl", "lt", "lv", "ro", "bn"] as const;

const publicText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(max, `Enter a ${what} of ${max} characters or fewer.`)
    .refine((text) => !hasEmail(text), "Public text must not hold an email address.");

const day = z.string().trim().refine(isDay, "Enter a real date as YYYY-MM-DD.").nullable().optional();

/** The team's name: refused when it holds an email address or reads like "Firstname Lastname". */
const owningTeam = z
  .string()
  .trim()
  .min(1, "Enter the team that owns this action.")
  .max(TEAM_MAX, `Enter a team name of ${TEAM_MAX} characters or fewer.`)
  .superRefine((text, ctx) => {
    const problem = personIn(text);
    if (problem === "email") {
      ctx.addIssue({
        code: "custom",
        message: "Name a team, not an email address: this is published.",
        params: { problem },
      });
    } else if (problem === "person") {
      ctx.addIssue({
        code: "custom",
        message: "Name a team, not a person (this looks like a first name and surname): this is published.",
        params: { problem },
      });
    }
  });

const translation = z
  .object({
    title: z.string().trim().max(TITLE_MAX).optional(),
    childSummary: z.string().trim().max(CHILD_SUMMARY_MAX).optional(),
  })
  .refine(
    (t) => !hasEmail(`${t.title ?? ""} ${t.childSummary ?? ""}`),
    "Public text must not hold an email address.",
  );

const fields = {
  title: publicText(TITLE_MAX, "title"),
  description: publicText(DESCRIPTION_MAX, "description"),
  childSummary: publicText(CHILD_SUMMARY_MAX, "children's summary"),
  agency: z.enum(AGENCIES, { message: `Choose the agency: ${AGENCIES.join(", ")}.` }),
  owningTeam,
  status: z.enum(ACTION_STATUSES, { message: "Choose planned, in-progress or done." }),
  startOn: day,
  dueOn: day,
  doneOn: day,
  themes: z.array(z.string().min(1).max(80)).max(30),
  outcomes: z
    .array(z.enum(frameworkIds.outcomes, { message: "Choose outcomes from the strategy framework." }))
    .max(8),
  translations: z.partialRecord(z.enum(TRANSLATED_LOCALES), translation),
};

type Dated = { startOn?: string | null; dueOn?: string | null };
const datesInOrder = (a: Dated) => !a.startOn || !a.dueOn || a.startOn <= a.dueOn;
const orderIssue = { message: "The due date must be on or after the start date.", path: ["dueOn"] };

/** A new action ("we did"): what it is, in plain words for children too, who leads it, and when. */
export const newActionSchema = z
  .object({
    ...fields,
    status: fields.status.default("planned"),
    themes: fields.themes.default([]),
    outcomes: fields.outcomes.default([]),
    translations: fields.translations.default({}),
  })
  .refine(datesInOrder, orderIssue);

/** A change to an action: any of its fields. */
export const actionChangeSchema = z
  .object(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    message: "Send at least one field to change.",
  })
  .refine(datesInOrder, orderIssue);

/** A dated progress note on an action. */
export const actionNoteSchema = z.object({
  note: z
    .string()
    .trim()
    .min(1, "Enter the progress note.")
    .max(NOTE_MAX, `Enter a note of ${NOTE_MAX} characters or fewer.`),
});

export type NewAction = z.infer<typeof newActionSchema>;
export type ActionChange = z.infer<typeof actionChangeSchema>;
