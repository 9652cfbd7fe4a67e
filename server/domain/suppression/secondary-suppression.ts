import { type CellGrid, type CellStatus, type Line, lineMembers } from "./cell-grid";
import { pinnedPrimaryCells } from "./interval-attack";
import { SuppressionError } from "./suppression-error";
import { isSmallCount } from "./threshold";

/**
 * Which cells to hide so no small count can be published or worked out. Primary: every 1..k−1 cell.
 * Secondary: no line may have exactly one hidden cell (it would be its total minus the rest), so the
 * smallest positive shown cell in that line is hidden too, until stable. Then the solver attacks its
 * own output (pinnedPrimaryCells) and gives any small cell it can pin (two 1s summing to a known 2,
 * say) another complement from its own row or column, and goes round again.
 */
export function protectGrid(grid: CellGrid, k: number): CellStatus[] {
  const status: CellStatus[] = grid.values.map((v) => (isSmallCount(v, k) ? "primary" : "published"));
  for (;;) {
    enforceTwoPerLine(grid, status);
    const [pinned] = pinnedPrimaryCells(grid, status, k);
    if (pinned === undefined) return status;
    const own = grid.lines.filter((line) => lineMembers(line).includes(pinned));
    const complement =
      smallestPositiveShown(grid, status, own) ?? smallestPositiveShown(grid, status, grid.lines);
    // Only reachable if every non-zero cell is already hidden and one is still pinned: refuse to publish.
    if (complement === undefined) {
      throw new SuppressionError(
        "These counts cannot be published without revealing a small count; group them more coarsely.",
      );
    }
    status[complement] = "complementary";
  }
}

function enforceTwoPerLine(grid: CellGrid, status: CellStatus[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of grid.lines) {
      const hidden = lineMembers(line).filter((i) => status[i] !== "published").length;
      if (hidden !== 1) continue;
      // Always found: a hidden part is > 0 so its total is positive, and a hidden total has a positive part.
      const complement = smallestPositiveShown(grid, status, [line]);
      if (complement === undefined) {
        throw new SuppressionError("A line has a hidden cell and no cell to pair it with.");
      }
      status[complement] = "complementary";
      changed = true;
    }
  }
}

// Never a zero: a published 0 is exact, so hiding it would protect nothing. Ties go to a part before
// the line's total (hiding a total spreads into the margins), then to the earlier cell, so output is stable.
function smallestPositiveShown(grid: CellGrid, status: CellStatus[], lines: readonly Line[]) {
  let best: { index: number; rank: [number, number, number] } | undefined;
  for (const line of lines) {
    for (const index of lineMembers(line)) {
      const value = grid.values[index] ?? 0;
      if (status[index] !== "published" || value === 0) continue;
      const rank: [number, number, number] = [value, index === line.total ? 1 : 0, index];
      if (!best || compareRanks(rank, best.rank) < 0) best = { index, rank };
    }
  }
  return best?.index;
}

function compareRanks(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
