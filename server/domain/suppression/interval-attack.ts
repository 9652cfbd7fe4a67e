import type { CellGrid, CellStatus } from "./cell-grid";
import { derivedEquations, type Equation, lineEquation } from "./linear-equations";

/** The range a reader can narrow each cell to: lo[i] ≤ value ≤ hi[i] (hi may be Infinity). */
export type Intervals = { lo: number[]; hi: number[] };

const INF = Number.POSITIVE_INFINITY;
const EPSILON = 1e-9;
const MAX_TRIAL_PASSES = 1_000;

/**
 * The tightest bounds a reader gets by subtraction, along every line and every combination of lines,
 * repeated until nothing moves. The reader is assumed to know how the solver works: published cells are
 * exact, a `<k` cell is 1..k−1, and a `[c]` cell is at least k (complements are never zero or small).
 */
export function attackIntervals(grid: CellGrid, status: readonly CellStatus[], k: number): Intervals {
  return settledIntervals(grid, status, k, attackEquations(grid, status));
}

/**
 * Indices of small (primary) cells a reader can pin to one value. Beyond the intervals, each value left
 * in a small cell's range is tried in turn: if all but one contradict the table, the cell is pinned.
 */
export function pinnedPrimaryCells(grid: CellGrid, status: readonly CellStatus[], k: number): number[] {
  const equations = attackEquations(grid, status);
  const { lo, hi } = settledIntervals(grid, status, k, equations);
  const canBe = (index: number, value: number) => {
    const [tryLo, tryHi] = [[...lo], [...hi]];
    tryLo[index] = value;
    tryHi[index] = value;
    return propagate(equations, tryLo, tryHi, MAX_TRIAL_PASSES);
  };
  return status.flatMap((s, i) => {
    if (s !== "primary") return [];
    let possible = 0;
    for (let v = lo[i] ?? 0; v <= (hi[i] ?? 0) && possible < 2; v++) if (canBe(i, v)) possible++;
    return possible < 2 ? [i] : [];
  });
}

function settledIntervals(grid: CellGrid, status: readonly CellStatus[], k: number, equations: Equation[]) {
  const lo = grid.values.map((v, i) => (status[i] === "published" ? v : status[i] === "primary" ? 1 : k));
  const hi = grid.values.map((v, i) =>
    status[i] === "published" ? v : status[i] === "primary" ? k - 1 : INF,
  );
  // No pass limit: the true values satisfy every bound, so bounds close in on them and must settle.
  propagate(equations, lo, hi, INF);
  return { lo, hi };
}

function attackEquations(grid: CellGrid, status: readonly CellStatus[]): Equation[] {
  return [...grid.lines.map(lineEquation), ...derivedEquations(grid, status)];
}

// False when the bounds contradict each other. A wrong trial value can make bounds climb without end
// (no true value to stop at), so trials are capped; hitting the cap counts as a contradiction, which
// can only make the solver hide more, never less.
function propagate(equations: Equation[], lo: number[], hi: number[], maxPasses: number): boolean {
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (const equation of equations) {
      changed = tightenAlong(equation, lo, hi) || changed;
      if (equation.terms.some(({ index }) => (lo[index] ?? 0) > (hi[index] ?? 0))) return false;
    }
    if (!changed) return true;
  }
  return false;
}

// For each term: coef × x = rhs − (the other terms), so x lies within rhs minus the others' range.
// Infinite ends are counted apart so one unbounded term never makes Infinity − Infinity.
function tightenAlong({ terms, rhs }: Equation, lo: number[], hi: number[]): boolean {
  const ends = terms.map(({ index, coef }) => {
    const [a, b] = [coef * (lo[index] ?? 0), coef * (hi[index] ?? 0)];
    return { min: Math.min(a, b), max: Math.max(a, b) };
  });
  const minFinite = sum(ends.map((e) => e.min).filter(Number.isFinite));
  const maxFinite = sum(ends.map((e) => e.max).filter(Number.isFinite));
  const minInfinite = ends.filter((e) => !Number.isFinite(e.min)).length;
  const maxInfinite = ends.filter((e) => !Number.isFinite(e.max)).length;
  let changed = false;
  terms.forEach(({ index, coef }, t) => {
    const own = ends[t] ?? { min: 0, max: 0 };
    const othersMin =
      minInfinite - (Number.isFinite(own.min) ? 0 : 1) > 0 ? -INF : minFinite - finite(own.min);
    const othersMax =
      maxInfinite - (Number.isFinite(own.max) ? 0 : 1) > 0 ? INF : maxFinite - finite(own.max);
    const [a, b] = [(rhs - othersMax) / coef, (rhs - othersMin) / coef];
    const newLo = Math.ceil(Math.min(a, b) - EPSILON);
    const newHi = Math.floor(Math.max(a, b) + EPSILON);
    if (newLo > (lo[index] ?? 0)) {
      lo[index] = newLo;
      changed = true;
    }
    if (newHi < (hi[index] ?? 0)) {
      hi[index] = newHi;
      changed = true;
    }
  });
  return changed;
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
