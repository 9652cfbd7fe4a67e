import { checkCount } from "./cell-grid";
import type { PublishedCount, PublishedPercent } from "./published-types";
import { SuppressionError } from "./suppression-error";
import { isSmallCount, suppressionThreshold } from "./threshold";

/**
 * A percentage safe to publish: `part` out of `base`, as a whole-number percent, or withheld when the
 * base is under k, or when the part or the rest (base − part) is a small count — a percent next to its
 * base gives the count straight back ("5% of 40" is 2 children). Pass published cells rather than true
 * numbers where you have them: a hidden count stays hidden as a percentage.
 */
export function publishPercent(
  part: number | PublishedCount,
  base: number | PublishedCount,
  k?: number,
): PublishedPercent {
  const threshold = suppressionThreshold(k);
  const partValue = exactValue(part);
  const baseValue = exactValue(base);
  if (partValue === undefined || baseValue === undefined) return { kind: "withheld" };
  checkCount(partValue, "The part of a percentage");
  checkCount(baseValue, "The base of a percentage");
  if (partValue > baseValue) {
    throw new SuppressionError(
      `A percentage's part (${partValue}) cannot be more than its base (${baseValue}).`,
    );
  }
  const small = (n: number) => isSmallCount(n, threshold);
  if (baseValue < threshold || small(partValue) || small(baseValue - partValue)) return { kind: "withheld" };
  // Whole numbers only: with a published base, decimals add precision a reader can invert.
  return { kind: "percent", value: Math.round((partValue / baseValue) * 100) };
}

function exactValue(value: number | PublishedCount): number | undefined {
  if (typeof value === "number") return value;
  return value.kind === "count" ? value.value : undefined;
}
