import type { PublishedCount } from "./published-types";
import { SuppressionError } from "./suppression-error";

/** Why a cell is shown or hidden: published, hidden because small, or hidden so a small one stays hidden. */
export type CellStatus = "published" | "primary" | "complementary";

/** One sum a reader can check: the cells at `parts` add up to the cell at `total` (indices into values). */
export type Line = { parts: readonly number[]; total: number };

/** True values of every cell, margins included, and the sums that tie them: what the solver protects. */
export type CellGrid = { values: readonly number[]; lines: readonly Line[] };

/** A line's cells, parts first and total last. */
export function lineMembers(line: Line): number[] {
  return [...line.parts, line.total];
}

/** The published form of one cell. A complementary cell is not shown as `<k`: it isn't small. */
export function publishedCell(value: number, status: CellStatus, k: number): PublishedCount {
  if (status === "published") return { kind: "count", value };
  return { kind: "suppressed", display: status === "primary" ? `<${k}` : "[c]" };
}

/** Throws unless `value` is a count (a whole number ≥ 0); `where` names it in the message. */
export function checkCount(value: number, where: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new SuppressionError(`${where} must be a whole number of 0 or more; got ${value}.`);
  }
  return value;
}
