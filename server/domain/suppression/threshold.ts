import { SuppressionError } from "./suppression-error";

/** The threshold when a caller does not choose one: counts under 10 are never published. */
export const DEFAULT_THRESHOLD = 10;

/** No configuration may go below this: under 5, a count can single out a child in a small group. */
export const MINIMUM_THRESHOLD = 5;

/** The threshold k to use (counts 1..k−1 are hidden): 10 by default, never below 5, whole numbers only. */
export function suppressionThreshold(k: number = DEFAULT_THRESHOLD): number {
  if (!Number.isInteger(k)) {
    throw new SuppressionError(`The suppression threshold must be a whole number; got ${k}.`);
  }
  if (k < MINIMUM_THRESHOLD) {
    throw new SuppressionError(
      `The suppression threshold must be at least ${MINIMUM_THRESHOLD} so no published count can identify a child; got ${k}.`,
    );
  }
  return k;
}

/** True for a count that must not be published at threshold k: 1..k−1 (a true zero reveals nothing). */
export function isSmallCount(value: number, k: number): boolean {
  return value > 0 && value < k;
}
