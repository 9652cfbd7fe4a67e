import { SuppressionError } from "./suppression-error";
import { isSmallCount, suppressionThreshold } from "./threshold";

/**
 * Throws if a published value (any JSON-like structure: objects, arrays, nesting) holds a count cell
 * `{ kind: "count", value }` whose number value is over 0 and under k. It checks only those cells:
 * bare numbers, percents and suppressed markers are not counts, so they pass. The message lists where.
 */
export function assertNoSmallCounts(published: unknown, k?: number): void {
  const threshold = suppressionThreshold(k);
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node); // a cycle can't be JSON, but a bad export shouldn't hang the test that catches it
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, `${path}[${i}]`);
      return;
    }
    const record = node as Record<string, unknown>;
    if (
      record.kind === "count" &&
      typeof record.value === "number" &&
      isSmallCount(record.value, threshold)
    ) {
      found.push(`${path} = ${record.value}`);
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
  };
  walk(published, "$");
  if (found.length > 0) {
    const more = found.length > 5 ? ` and ${found.length - 5} more` : "";
    throw new SuppressionError(
      `Small counts (under ${threshold}) would be published: ${found.slice(0, 5).join(", ")}${more}.`,
    );
  }
}
