import type { AnalysisLocale, TextAnalysis } from "./analysis-types";
import { detectDisclosure } from "./disclosure/detect-disclosure";
import { suggestHarms } from "./harms/suggest-harms";
import { redact } from "./redaction/redact";

/** Options for one analysis: the text's locale (a hint; detection also tries English) and local school names. */
export type AnalyseOptions = { locale?: AnalysisLocale; schoolGazetteer?: readonly string[] };

/**
 * Analyses one free-text answer: personal information redacted (offsets into the original),
 * possible disclosure of harm, suggested harms. Detection runs on the original text so that
 * redaction can never hide a disclosure; only the redacted text leaves this function for analysts.
 */
export function analyseText(text: string, options: AnalyseOptions = {}): TextAnalysis {
  const locale = options.locale ?? "en";
  const { redacted, pii } = redact(text, { schoolGazetteer: options.schoolGazetteer });
  return { redacted, pii, safeguarding: detectDisclosure(text, locale), harms: suggestHarms(text, locale) };
}
