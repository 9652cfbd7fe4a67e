import type { AnalysisLocale, TextAnalysis } from "./analysis-types";
import { disclosureOf, explainDisclosure } from "./disclosure/detect-disclosure";
import { prepareText } from "./disclosure/find-hits";
import { harmsOf } from "./harms/suggest-harms";
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
  // One scan with the disclosure lexicons serves both the flag and the harms (the same results
  // detectDisclosure and suggestHarms give, at about half the cost: it runs on every submission).
  const prepared = prepareText(text);
  const disclosures = explainDisclosure(text, locale, prepared);
  return { redacted, pii, safeguarding: disclosureOf(disclosures), harms: harmsOf(prepared, disclosures) };
}
