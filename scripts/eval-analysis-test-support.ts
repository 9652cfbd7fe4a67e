import type { PiiSpan, TextAnalysis } from "../server/domain/analysis/analysis-types";
import type { EvalCase } from "./eval-analysis-cases";

// Builders shared by the evaluation scripts' tests.

/** A labelled case: English, 13-17, nothing labelled unless `over` says so. */
export function evalCase(over: Partial<EvalCase> & Pick<EvalCase, "id" | "text">): EvalCase {
  return { locale: "en", age: "13-17", pii: [], disclosure: false, categories: [], harms: [], ...over };
}

/** An analyser's output: nothing found unless `over` says so. */
export function prediction(
  over: Partial<TextAnalysis> & { flag?: boolean; categories?: TextAnalysis["safeguarding"]["categories"] },
) {
  const { flag = false, categories = [], ...rest } = over;
  return {
    redacted: "",
    pii: [],
    harms: [],
    ...rest,
    safeguarding: { flag, categories },
  } satisfies TextAnalysis;
}

/** Spans covering every occurrence of `value`. */
export function spanOf(text: string, value: string, type: PiiSpan["type"]): PiiSpan {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length };
}
