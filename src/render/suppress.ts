/**
 * Small-cell suppression for the PDF's breakdowns (countries, age bands,
 * services, locations, closures). The JSON keeps exact figures; only what is
 * printed is masked.
 */

/** Printed for a cell masked only to protect another (Noto Sans has no ≥ glyph). */
export const SECONDARY_MARK = '×';

export type Suppression = 'primary' | 'secondary' | null;

/** One printed cell of a breakdown. */
export interface Cell {
  value: number;
  /** What the PDF prints: the number, `<k` or `×`. */
  text: string;
  suppressed: Suppression;
}

export interface SuppressOptions {
  /** Whether the breakdown's total is printed (then one masked cell could be recovered by subtraction). */
  totalPrinted?: boolean;
  /** How an unmasked count is printed. */
  format?: (value: number) => string;
}

/**
 * Masks counts 1…k−1 as `<k` (primary). When the total is printed and exactly
 * one cell is masked, the next-smallest positive cell is masked too, as `×`
 * (secondary, the statistical offices' mark for a confidential figure), so
 * that the small count cannot be computed as the total minus the rest.
 * Zeros are never masked. `k` null or below 2 means no suppression.
 */
export function suppressBreakdown(
  values: readonly number[],
  k: number | null,
  options: SuppressOptions = {},
): Cell[] {
  const grid = suppressGrid(
    values.map((value) => [value]),
    k,
    { format: options.format, columnTotalsPrinted: options.totalPrinted ?? true },
  );
  return grid.map((row) => row[0]!);
}

export interface GridOptions {
  format?: (value: number) => string;
  /** Each row's cells add up to a printed figure (or the row holds its own total cell). */
  rowTotalsPrinted?: boolean;
  /** Each column's cells add up to a printed figure. */
  columnTotalsPrinted?: boolean;
  /** Further sets of cells, as [row, column], whose sums are printed elsewhere. */
  sums?: readonly (readonly (readonly [row: number, column: number])[])[];
}

/**
 * The same rule over a table whose rows and columns both add up to printed
 * figures (e.g. age band × gender with a "Kopā" column and row), and over any
 * further printed sums of its cells: any line (row, column or sum) left with
 * exactly one masked cell gets its smallest unmasked positive cell masked as
 * well, repeated until no line has a lone masked cell.
 */
export function suppressGrid(
  values: readonly (readonly number[])[],
  k: number | null,
  options: GridOptions = {},
): Cell[][] {
  const format = options.format ?? String;
  const active = k !== null && k >= 2;
  const cells: Cell[][] = values.map((row) =>
    row.map((value) =>
      active && value >= 1 && value < k
        ? { value, text: `<${k}`, suppressed: 'primary' }
        : { value, text: format(value), suppressed: null },
    ),
  );
  if (!active) return cells;

  const lines: Cell[][] = [];
  if (options.rowTotalsPrinted) lines.push(...cells);
  if (options.columnTotalsPrinted ?? true) {
    const width = Math.max(0, ...cells.map((row) => row.length));
    for (let column = 0; column < width; column++) {
      lines.push(cells.map((row) => row[column]).filter((cell) => cell !== undefined));
    }
  }
  for (const sum of options.sums ?? []) {
    lines.push(
      sum.map(([row, column]) => cells[row]?.[column]).filter((cell) => cell !== undefined),
    );
  }
  // Masks only ever get added, so this ends after at most one pass per cell.
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((cell) => cell.suppressed !== null).length !== 1) continue;
      let next: Cell | undefined;
      // Ties go to the first cell in print order, so the choice is deterministic.
      for (const cell of line) {
        if (cell.suppressed !== null || cell.value === 0) continue;
        if (!next || cell.value < next.value) next = cell;
      }
      if (next) {
        next.text = SECONDARY_MARK;
        next.suppressed = 'secondary';
        changed = true;
      }
    }
  }
  return cells;
}

/** Whether any cell of these breakdowns was masked (the PDF then explains the marks). */
export function anySuppressed(...breakdowns: readonly Cell[][]): boolean {
  return breakdowns.some((cells) => cells.some((cell) => cell.suppressed !== null));
}
