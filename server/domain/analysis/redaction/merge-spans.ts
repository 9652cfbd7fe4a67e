import type { PiiSpan, PiiType } from "../analysis-types";

// When two equal spans disagree, the more specific type wins: an email is also a URL-ish string,
// a handle may look like a name.
const SPECIFICITY: PiiType[] = ["email", "url", "phone", "postcode", "handle", "address", "school", "name"];
const rank = (type: PiiType) => SPECIFICITY.indexOf(type);
const length = (span: PiiSpan) => span.end - span.start;

/**
 * Sorted, non-overlapping spans from every detector's findings. A span inside another is dropped;
 * two that partly overlap become one covering both (typed as the longer), so no part of either
 * value is left showing.
 */
export function mergeSpans(spans: readonly PiiSpan[]): PiiSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .toSorted((a, b) => a.start - b.start || b.end - a.end || rank(a.type) - rank(b.type));
  const merged: PiiSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (!last || span.start >= last.end) {
      merged.push({ ...span });
      continue;
    }
    if (span.end <= last.end) continue;
    const type = length(span) > length(last) ? span.type : last.type;
    merged[merged.length - 1] = { type, start: last.start, end: span.end };
  }
  return merged;
}
