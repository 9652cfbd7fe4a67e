import { z } from "zod";

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use kebab-case: lower-case words joined by hyphens");
const text = z.string().trim().min(1, "Can't be empty");

const entry = z.strictObject({ id: kebabId, label: text });
const describedEntry = entry.extend({ description: text });

/** Lists whose ids must be unique, so a report can key on them without ambiguity. */
function uniqueIds<T extends { id: string }>(item: z.ZodType<T>) {
  return z
    .array(item)
    .min(1, "List at least one")
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (seen.has(it.id))
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `Duplicate id "${it.id}"` });
        seen.add(it.id);
      });
    });
}

/** The strategy frame a survey is tagged against: aims, outcomes, harms, audiences and places. */
export const frameworkSchema = z
  .strictObject({
    aims: uniqueIds(describedEntry),
    outcomes: uniqueIds(
      z.strictObject({
        id: z.string().regex(/^[a-z]+\.[a-z]+(-[a-z]+)*$/, 'Use "aim.name", e.g. "prevent.early"'),
        aim: kebabId,
        label: text,
      }),
    ),
    harms: uniqueIds(describedEntry),
    vulnerabilities: uniqueIds(describedEntry),
    audiences: uniqueIds(entry),
    engagementLevels: uniqueIds(entry),
    places: uniqueIds(entry),
  })
  .superRefine((fw, ctx) => {
    const aims = new Set(fw.aims.map((a) => a.id));
    fw.outcomes.forEach((o, i) => {
      // The id prefix is what people read in exports, so it must agree with the aim it is filed under.
      if (!aims.has(o.aim) || !o.id.startsWith(`${o.aim}.`)) {
        ctx.addIssue({
          code: "custom",
          path: ["outcomes", i, "aim"],
          message: `Outcome "${o.id}" must belong to one of the aims (${[...aims].join(", ")}) and start with "<aim>."`,
        });
      }
    });
  });

/** The parsed strategy frame. */
export type Framework = z.infer<typeof frameworkSchema>;
