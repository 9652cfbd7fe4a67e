import { z } from "zod";

/** One answer: an option value or free text (string), or several option values (string[]). */
export const answerValueSchema = z.union([z.string(), z.array(z.string())]);

/** A respondent's answers keyed by question id, as accepted after validation. */
export const answersSchema = z.record(z.string(), answerValueSchema);

/** One answer value. */
export type AnswerValue = z.infer<typeof answerValueSchema>;
/** Answers keyed by question id. */
export type Answers = z.infer<typeof answersSchema>;
