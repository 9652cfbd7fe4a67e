import type { PiiSpan, Redaction } from "../analysis-types";
import { detectAddresses } from "./detect-addresses";
import { detectEmails } from "./detect-emails";
import { detectHandles } from "./detect-handles";
import { detectNames } from "./detect-names";
import { detectPhones } from "./detect-phones";
import { detectPostcodes } from "./detect-postcodes";
import { detectSchools } from "./detect-schools";
import { detectUrls } from "./detect-urls";
import { mergeSpans } from "./merge-spans";

/** Options for one redaction: local school names to find whatever their case ("Frederick Gough", "Baysgarth"). */
export type RedactOptions = { schoolGazetteer?: readonly string[] };

/**
 * Replaces personal information with typed placeholders ("[name]", "[phone]", ...). Every span in
 * `pii` is an offset range of the ORIGINAL text; spans are sorted and never overlap.
 */
export function redact(text: string, options: RedactOptions = {}): Redaction {
  const pii = mergeSpans([
    ...detectEmails(text),
    ...detectUrls(text),
    ...detectPhones(text),
    ...detectPostcodes(text),
    ...detectHandles(text),
    ...detectAddresses(text),
    ...detectSchools(text, options.schoolGazetteer),
    ...detectNames(text),
  ]);
  return { redacted: replaceSpans(text, pii), pii };
}

function replaceSpans(text: string, pii: readonly PiiSpan[]): string {
  let out = "";
  let from = 0;
  for (const span of pii) {
    out += `${text.slice(from, span.start)}[${span.type}]`;
    from = span.end;
  }
  return out + text.slice(from);
}
