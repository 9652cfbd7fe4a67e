import { z } from "zod";
import { type Period, parsePeriod } from "../../../domain/periods/period";
import { hasEmail } from "../../../domain/publications/owning-team";

export const PUBLICATION_TITLE_MAX = 120;

const periodText = z
  .string()
  .trim()
  .max(40)
  .transform((text, ctx) => {
    const period = parsePeriod(text);
    if (!period) {
      ctx.addIssue({
        code: "custom",
        message: "Enter a quarter like 2026-Q4, or two dates like 2026-10-01..2026-12-31.",
      });
      return z.NEVER;
    }
    return period;
  });

const title = z
  .string()
  .trim()
  .max(PUBLICATION_TITLE_MAX, `Enter a title of ${PUBLICATION_TITLE_MAX} characters or fewer.`)
  .refine((text) => !hasEmail(text), "Public text must not hold an email address.");

/** A new publication: the period it covers and, if wanted, a title (one is made from the period). */
export const newPublicationSchema = z.object({ period: periodText, title: title.optional() });
/** A change to the draft: a new period or title; with neither, the draft is rebuilt from today's data. */
export const draftChangeSchema = z.object({ period: periodText.optional(), title: title.optional() });

/** The title a publication gets when the officer leaves it blank. */
export const defaultTitle = (period: Period) => `You said, we did: ${period.id}`;
