// Everything that leaves the officer workspace with a number in it goes through this family.
export { assertNoSmallCounts } from "./assert-no-small-counts";
export { publishPercent } from "./publish-percent";
export type {
  PublishedCount,
  PublishedCounts,
  PublishedPercent,
  PublishedTable,
  PublishedTotals,
  SuppressedDisplay,
} from "./published-types";
export { type CountItem, type SuppressCountsOptions, suppressCounts } from "./suppress-counts";
export { type CountTable, type SuppressTableOptions, suppressTable } from "./suppress-table";
export { SuppressionError } from "./suppression-error";
export { DEFAULT_THRESHOLD, isSmallCount, MINIMUM_THRESHOLD, suppressionThreshold } from "./threshold";
