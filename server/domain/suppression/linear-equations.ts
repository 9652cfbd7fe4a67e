import type { CellGrid, CellStatus, Line } from "./cell-grid";

/** A linear fact a reader knows: Σ coef × value(index) = rhs. */
export type Equation = { terms: { index: number; coef: number }[]; rhs: number };

const EPSILON = 1e-9;

/** A line as an equation: its parts minus its total is zero. */
export function lineEquation(line: Line): Equation {
  return {
    terms: [...line.parts.map((index) => ({ index, coef: 1 })), { index: line.total, coef: -1 }],
    rhs: 0,
  };
}

/**
 * Every fact a reader can derive by adding and subtracting whole lines, in reduced form (Gauss–Jordan
 * over the hidden cells, published cells moved to the right-hand side). Subtracting one line from
 * another can isolate a hidden cell that no single line pins, so the attack needs these too.
 * Exact here: row/column sum constraints are totally unimodular, so every coefficient stays 0 or ±1.
 */
export function derivedEquations(grid: CellGrid, status: readonly CellStatus[]): Equation[] {
  const hidden = status.flatMap((s, i) => (s === "published" ? [] : [i]));
  const column = new Map(hidden.map((cell, j) => [cell, j]));
  const rows = grid.lines.map((line) => {
    const coefs = new Array<number>(hidden.length).fill(0);
    let rhs = 0;
    for (const { index, coef } of lineEquation(line).terms) {
      const j = column.get(index);
      if (j === undefined) rhs -= coef * (grid.values[index] ?? 0);
      else coefs[j] = (coefs[j] ?? 0) + coef;
    }
    return { coefs, rhs };
  });
  let rank = 0;
  for (let j = 0; j < hidden.length && rank < rows.length; j++) {
    const found = rows.findIndex((row, r) => r >= rank && Math.abs(row.coefs[j] ?? 0) > EPSILON);
    const pivot = rows[found];
    if (found < 0 || !pivot) continue;
    rows[found] = rows[rank] ?? pivot;
    rows[rank] = pivot;
    const scale = pivot.coefs[j] ?? 1;
    pivot.coefs = pivot.coefs.map((a) => a / scale);
    pivot.rhs /= scale;
    for (const row of rows) {
      const factor = row === pivot ? 0 : (row.coefs[j] ?? 0);
      if (Math.abs(factor) <= EPSILON) continue;
      row.coefs = row.coefs.map((a, c) => a - factor * (pivot.coefs[c] ?? 0));
      row.rhs -= factor * pivot.rhs;
    }
    rank++;
  }
  return rows.slice(0, rank).map(({ coefs, rhs }) => ({
    terms: coefs.flatMap((coef, j) => (Math.abs(coef) > EPSILON ? [{ index: hidden[j] ?? 0, coef }] : [])),
    rhs,
  }));
}
