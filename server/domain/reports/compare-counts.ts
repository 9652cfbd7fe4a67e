import { type PublishedCount, suppressCounts } from "../suppression";
import type { Change, Compared } from "./board-report-types";

/** True counts by key for the period and the one before it. */
export type CountsByKey = { current: Record<string, number>; previous: Record<string, number> };

/** The change between two published counts; withheld unless both are published numbers. */
export function changeOf(current: PublishedCount, previous: PublishedCount): Change {
  if (current.kind !== "count" || previous.kind !== "count") return { kind: "withheld" };
  const value = current.value - previous.value;
  const percent = previous.value > 0 ? Math.round((value / previous.value) * 100) : null;
  return { kind: "change", value, percent };
}

const missing: PublishedCount = { kind: "count", value: 0 };

/**
 * Each key's count this period and last, each period suppressed as one list (with its total, which
 * comes back as `total` carrying the same protection), and the change where both are published.
 */
export function compareCounts(
  keys: readonly string[],
  counts: CountsByKey,
  k: number,
  options: { withTotal: boolean },
): { rows: Map<string, Compared>; total?: Compared } {
  if (keys.length === 0) {
    const zero = { current: missing, previous: missing, change: changeOf(missing, missing) };
    return { rows: new Map(), ...(options.withTotal ? { total: zero } : {}) };
  }
  const listFor = (side: Record<string, number>) => keys.map((key) => ({ key, value: side[key] ?? 0 }));
  const sum = (side: Record<string, number>) => keys.reduce((n, key) => n + (side[key] ?? 0), 0);
  const current = suppressCounts(listFor(counts.current), {
    k,
    ...(options.withTotal ? { total: sum(counts.current) } : {}),
  });
  const previous = suppressCounts(listFor(counts.previous), {
    k,
    ...(options.withTotal ? { total: sum(counts.previous) } : {}),
  });
  const rows = new Map<string, Compared>();
  keys.forEach((key, i) => {
    const now = current.items[i]?.cell ?? missing;
    const before = previous.items[i]?.cell ?? missing;
    rows.set(key, { current: now, previous: before, change: changeOf(now, before) });
  });
  if (!current.total || !previous.total) return { rows };
  return {
    rows,
    total: {
      current: current.total,
      previous: previous.total,
      change: changeOf(current.total, previous.total),
    },
  };
}

/**
 * The most a published count can be: the number itself, k-1 for `<k`, unknown for `[c]`. Exceptions
 * are judged on this, so flagging one never tells the reader more than the table already does.
 */
export function upperBound(cell: PublishedCount): number | undefined {
  if (cell.kind === "count") return cell.value;
  return cell.display === "[c]" ? undefined : Number(cell.display.slice(1)) - 1;
}
