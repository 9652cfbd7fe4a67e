import { z } from "zod";
import { formatJsonPath } from "./json-path";

const questionRef = z.string().min(1, 'Name the question this depends on, e.g. "tell-someone"');
const TESTS = ["equals", "in", "includes", "answered", "all", "any", "not"] as const;
const SHAPES =
  '{ "question", "equals" }, { "question", "in" }, { "question", "includes" }, { "question", "answered" }, ' +
  '{ "all": [...] }, { "any": [...] } or { "not": {...} }';

type BranchIssue = {
  path: PropertyKey[];
  message: string;
  code: string;
  expected?: string;
  errors?: BranchIssue[][];
};
type Explained = { path: PropertyKey[]; message: string };

const EXPECTED: Record<string, string> = {
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/** Explains a failed condition by the branch the author evidently meant, not by all seven at once. */
function explain(input: unknown, errors: BranchIssue[][] | undefined): Explained {
  const generic = { path: [], message: `A condition must be one of: ${SHAPES}` };
  if (typeof input !== "object" || input === null || Array.isArray(input)) return generic;
  const used = TESTS.filter((t) => t in input);
  if (used.length === 0 && "question" in input) {
    return {
      path: [],
      message: 'A condition on a question needs one test: "equals", "in", "includes" or "answered"',
    };
  }
  if (used.length > 1) {
    return {
      path: [],
      message: `Use one test per condition (found ${used.join(", ")}); combine them with "all" or "any"`,
    };
  }
  const first = errors?.[TESTS.indexOf(used[0] as (typeof TESTS)[number])]?.[0];
  if (!first) return generic;
  if (first.code === "invalid_union" && first.errors) {
    const nested = explain(valueAt(input, first.path), first.errors);
    return { path: [...first.path, ...nested.path], message: nested.message };
  }
  if (first.code === "unrecognized_keys") return { path: first.path, message: `Unknown key; use ${SHAPES}` };
  if (first.code === "invalid_type")
    return { path: first.path, message: `Expected ${EXPECTED[first.expected ?? ""] ?? first.expected}` };
  return first;
}

function conditionError(iss: { input?: unknown; errors?: unknown }): string {
  if (typeof iss.input !== "object" || iss.input === null)
    return `A condition must be an object, one of: ${SHAPES}`;
  const { path, message } = explain(iss.input, iss.errors as BranchIssue[][] | undefined);
  return path.length > 0 ? `${formatJsonPath(path)}: ${message}` : message;
}

/** A showIf condition over answers to earlier questions. */
export const conditionSchema = z
  .union(
    [
      z.strictObject({
        question: questionRef,
        equals: z.string().describe("Shown if the answer is this value"),
      }),
      z.strictObject({
        question: questionRef,
        in: z
          .array(z.string())
          .min(1, "List at least one value")
          .describe("Shown if the answer is any of these"),
      }),
      z.strictObject({
        question: questionRef,
        includes: z.string().describe("Shown if this value is among the chosen answers"),
      }),
      z.strictObject({
        question: questionRef,
        answered: z.boolean().describe("Shown if the question was (true) or was not (false) answered"),
      }),
      z.strictObject({
        get all() {
          return z.array(conditionSchema).min(1, "List at least one condition");
        },
      }),
      z.strictObject({
        get any() {
          return z.array(conditionSchema).min(1, "List at least one condition");
        },
      }),
      z.strictObject({
        get not() {
          return conditionSchema;
        },
      }),
    ],
    { error: (iss) => conditionError(iss) },
  )
  .meta({ id: "Condition", description: "A showIf condition over answers to earlier questions" });

/** A showIf condition, as parsed. */
export type Condition = z.infer<typeof conditionSchema>;
