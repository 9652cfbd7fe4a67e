// The evaluation set's line format and parser, and what an analyser run produces per case.
import { z } from "zod";
import {
  DISCLOSURE_CATEGORIES,
  HARM_IDS,
  PII_TYPES,
  type TextAnalysis,
} from "../server/domain/analysis/analysis-types";

export const EVAL_LOCALES = ["en", "pl", "lt", "lv", "ro", "bn"] as const;
export const EVAL_AGES = ["8-12", "13-17", "18-25", "adult"] as const;
export type EvalLocale = (typeof EVAL_LOCALES)[number];

const labelledPiiSchema = z.strictObject({ type: z.enum(PII_TYPES), value: z.string().min(1) });

/** One labelled line of the evaluation set. */
export const evalCaseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2}-\d{3}$/, "id must look like en-001"),
    locale: z.enum(EVAL_LOCALES),
    age: z.enum(EVAL_AGES),
    text: z.string().min(1),
    pii: z.array(labelledPiiSchema),
    disclosure: z.boolean(),
    categories: z.array(z.enum(DISCLOSURE_CATEGORIES)),
    harms: z.array(z.enum(HARM_IDS)),
    note: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: "custom", message, path });
    if (!c.id.startsWith(`${c.locale}-`))
      issue(`id ${c.id} does not start with its locale "${c.locale}-"`, ["id"]);
    c.pii.forEach((p, i) => {
      if (!c.text.includes(p.value))
        issue(`pii value "${p.value}" is not a substring of text`, ["pii", i, "value"]);
    });
    const piiKeys = c.pii.map((p) => `${p.type}\u0000${p.value}`);
    if (new Set(piiKeys).size !== piiKeys.length)
      issue("the same pii (type, value) is labelled twice", ["pii"]);
    if (c.disclosure && c.categories.length === 0)
      issue("disclosure is true but categories is empty", ["categories"]);
    if (!c.disclosure && c.categories.length > 0)
      issue("disclosure is false but categories is not empty", ["categories"]);
    if (new Set(c.categories).size !== c.categories.length)
      issue("a category is listed twice", ["categories"]);
    if (new Set(c.harms).size !== c.harms.length) issue("a harm is listed twice", ["harms"]);
  });
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Raised for an unreadable evaluation file; the message starts with the 1-based line number. */
export class EvalFileError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = "EvalFileError";
  }
}

/** Parses JSONL text (blank lines skipped) into validated cases; throws EvalFileError naming the line. */
export function parseEvalJsonl(source: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const seen = new Map<string, number>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new EvalFileError(line, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = evalCaseSchema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`)
        .join("; ");
      throw new EvalFileError(line, detail);
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined)
      throw new EvalFileError(line, `duplicate id ${parsed.data.id} (first on line ${previous})`);
    seen.set(parsed.data.id, line);
    cases.push(parsed.data);
  });
  return cases;
}

/** One case with what the analyser said about it (`error` when it threw; the prediction is then empty). */
export type Outcome = { case: EvalCase; prediction: TextAnalysis; error?: string };

/** The prediction used when the analyser throws: nothing redacted, nothing flagged, no harms. */
export function emptyPrediction(text: string): TextAnalysis {
  return { redacted: text, pii: [], safeguarding: { flag: false, categories: [] }, harms: [] };
}
