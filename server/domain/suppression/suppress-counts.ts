import { checkCount, publishedCell } from "./cell-grid";
import type { PublishedCounts } from "./published-types";
import { protectGrid } from "./secondary-suppression";
import { SuppressionError } from "./suppression-error";
import { isSmallCount, suppressionThreshold } from "./threshold";

/** One count in a list, e.g. how many chose one answer. */
export type CountItem = { key: string; value: number };

/** `k` defaults to 10; `total` is the published total, when the list has one. */
export type SuppressCountsOptions = { k?: number; total?: number };

/**
 * A list safe to publish: small counts hidden, and if exactly one is hidden, the next smallest too,
 * so it can't be worked out as the total minus the rest. The sum is protected even when no total is
 * given, as if it were printed; if the number of responses appears anywhere, pass it as `total` and
 * print the cell returned, so it carries the same hiding.
 * A `total` different from the sum (a tick-all-that-apply question, where it counts people, not
 * ticks) isn't a sum a reader can subtract from, so it is only hidden if it is small itself.
 */
export function suppressCounts(list: CountItem[], options: SuppressCountsOptions = {}): PublishedCounts {
  const k = suppressionThreshold(options.k);
  const values = list.map((item) => checkCount(item.value, `The count for "${item.key}"`));
  const sum = values.reduce((a, b) => a + b, 0);
  const { total } = options;
  if (total !== undefined && checkCount(total, "The total") < Math.max(0, ...values)) {
    throw new SuppressionError(`The total (${total}) is smaller than one of the counts in the list.`);
  }
  const status = protectGrid(
    { values: [...values, sum], lines: [{ parts: values.map((_, i) => i), total: list.length }] },
    k,
  );
  const items = list.map((item, i) => ({
    key: item.key,
    cell: publishedCell(values[i] ?? 0, status[i] ?? "primary", k),
  }));
  if (total === undefined) return { k, items };
  const totalCell =
    total === sum
      ? publishedCell(sum, status[list.length] ?? "primary", k)
      : publishedCell(total, isSmallCount(total, k) ? "primary" : "published", k);
  return { k, items, total: totalCell };
}
