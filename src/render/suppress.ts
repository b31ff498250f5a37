/**
 * Small-cell suppression for the PDF's breakdowns (countries, age bands,
 * services, locations, closures). The JSON keeps exact figures; only what is
 * printed is masked. The rule (README, "Privacy") lives in `protectTable`;
 * the other functions here describe a table's shape to it.
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

/** A cell of a table by [row, column]. */
export type Coord = readonly [row: number, column: number];

/** What a reader knows about a table besides its printed cells. */
export interface TableFacts {
  /** How an unmasked count is printed. */
  format?: (value: number) => string;
  /** Sets of cells whose sum is printed somewhere (a total row, a figure in the text). */
  sums?: readonly (readonly Coord[])[];
  /** Cells that are the sum of other cells of the same table (a row's "Kopā" cell). */
  totals?: readonly { total: Coord; parts: readonly Coord[] }[];
  /** Pairs [a, b] known to satisfy a ≤ b (a service's clients ≤ its contacts). */
  atMost?: readonly (readonly [Coord, Coord])[];
}

/** One linear fact: the signed sum of these cells is known (+1 for parts, −1 for a total). */
interface Relation {
  terms: { cell: Cell; sign: 1 | -1 }[];
  /** The signed sum, which the reader knows. */
  value: number;
}

/** What a reader knows of a table: the masks, the relations between cells and the `≤` pairs. */
interface Knowledge {
  k: number;
  relations: Relation[];
  pairs: (readonly [Cell, Cell])[];
  /** No masked cell can exceed this (every count in the table together). */
  cap: number;
}

/**
 * Masks a table's small counts so that no masked count can be worked out
 * from what is printed:
 *
 * 1. counts 1…k−1 print as `<k` (primary); zeros and counts of k and more print;
 * 2. a reader knows every printed cell, every printed sum, every total cell and
 *    every `≤` pair, and that `<k` is 1…k−1 and `×` is k or more. A masked cell
 *    is safe when another table, the same in all of that, gives it another value
 *    (a search for such a table, below). While some masked cell is not safe, an
 *    unmasked positive cell of a sum or pair holding it is masked too, as `×`
 *    (secondary): the one in most such sums and pairs, then the smallest. Then
 *    the check starts again.
 *
 * A cell stays exposed only when every cell of its sums is masked already (two
 * clients from two countries: the printed total says each is 1); no mask in the
 * table can hide that. `k` null or below 2 means no suppression.
 */
export function protectTable(
  values: readonly (readonly number[])[],
  k: number | null,
  facts: TableFacts = {},
): Cell[][] {
  const format = facts.format ?? String;
  const active = k !== null && k >= 2;
  const cells: Cell[][] = values.map((row) =>
    row.map((value) =>
      active && value >= 1 && value < k
        ? { value, text: `<${k}`, suppressed: 'primary' }
        : { value, text: format(value), suppressed: null },
    ),
  );
  if (!active) return cells;

  const at = ([row, column]: Coord) => cells[row]?.[column];
  const relation = (terms: Relation['terms']): Relation => ({
    terms,
    value: terms.reduce((sum, term) => sum + term.sign * term.cell.value, 0),
  });
  const relations: Relation[] = [];
  for (const sum of facts.sums ?? []) {
    relations.push(relation(present(sum.map(at)).map((cell) => ({ cell, sign: 1 }))));
  }
  for (const { total, parts } of facts.totals ?? []) {
    const totalCell = at(total);
    if (totalCell === undefined) continue;
    relations.push(
      relation([
        ...present(parts.map(at)).map((cell) => ({ cell, sign: 1 as const })),
        { cell: totalCell, sign: -1 },
      ]),
    );
  }
  const pairs = (facts.atMost ?? []).flatMap(([a, b]) => {
    const low = at(a);
    const high = at(b);
    return low && high ? [[low, high] as const] : [];
  });
  const all = cells.flat();
  const knowledge: Knowledge = {
    k,
    relations,
    pairs,
    cap: all.reduce((sum, cell) => sum + cell.value, 0),
  };
  // A cell that is a sum of its own is printed elsewhere: masking it here would hide nothing.
  const printedElsewhere = new Set(
    relations.filter((r) => r.terms.length === 1).map((r) => r.terms[0]!.cell),
  );
  const groups = [
    ...relations.map((r) => r.terms.map((term) => term.cell)),
    ...pairs.map((pair) => [...pair]),
  ];

  // Masks only ever get added, so this ends after at most one round per cell.
  for (;;) {
    const exposed = all.filter((cell) => cell.suppressed !== null && !canDiffer(cell, knowledge));
    // An unmasked positive cell of a sum or pair holding an exposed cell: the one in most
    // such sums and pairs (it opens most of them at once), then the smallest, then the
    // first in print order, so the choice is deterministic.
    const reach = new Map<Cell, number>();
    for (const group of groups) {
      if (!group.some((cell) => exposed.includes(cell))) continue;
      for (const cell of group) {
        if (cell.suppressed !== null || cell.value === 0 || printedElsewhere.has(cell)) continue;
        reach.set(cell, (reach.get(cell) ?? 0) + 1);
      }
    }
    let next: Cell | undefined;
    for (const cell of all) {
      const count = reach.get(cell);
      if (count === undefined) continue;
      const best = next === undefined ? undefined : reach.get(next)!;
      if (best === undefined || count > best || (count === best && cell.value < next!.value)) {
        next = cell;
      }
    }
    if (next === undefined) return cells;
    next.text = SECONDARY_MARK;
    next.suppressed = 'secondary';
  }
}

function present(cells: readonly (Cell | undefined)[]): Cell[] {
  return cells.filter((cell): cell is Cell => cell !== undefined);
}

/** How far the search for another table may go before the cell counts as exposed. */
const SEARCH_LIMIT = 20_000;

/**
 * Whether a reader could give `target` another value: a search for values of
 * every masked cell, `target` one more or one less than its own, that fit every
 * relation and pair. Finding one proves the cell safe; a search that runs out
 * counts it as exposed, so more gets masked rather than less.
 */
function canDiffer(target: Cell, knowledge: Knowledge): boolean {
  const { k, relations, pairs, cap } = knowledge;
  const masked = [
    ...new Set(
      [...relations.flatMap((r) => r.terms.map((t) => t.cell)), ...pairs.flat()].filter(
        (cell) => cell.suppressed !== null && cell !== target,
      ),
    ),
  ];
  const domain = (cell: Cell): [number, number] =>
    cell.suppressed === 'primary' ? [1, k - 1] : [k, cap];
  const chosen = new Map<Cell, number>();
  const bounds = (cell: Cell): [number, number] => {
    if (cell.suppressed === null) return [cell.value, cell.value];
    const value = chosen.get(cell);
    return value === undefined ? domain(cell) : [value, value];
  };
  const fits = (): boolean =>
    relations.every(({ terms, value }) => {
      let low = 0;
      let high = 0;
      for (const { cell, sign } of terms) {
        const [min, max] = bounds(cell);
        low += sign === 1 ? min : -max;
        high += sign === 1 ? max : -min;
      }
      return low <= value && value <= high;
    }) && pairs.every(([low, high]) => bounds(low)[0] <= bounds(high)[1]);

  let steps = 0;
  // Each masked cell tries its own value first, then the nearest others.
  const search = (index: number): boolean => {
    if (index === masked.length) return true;
    const cell = masked[index]!;
    const [min, max] = domain(cell);
    for (
      let distance = 0;
      cell.value - distance >= min || cell.value + distance <= max;
      distance++
    ) {
      for (const value of distance === 0
        ? [cell.value]
        : [cell.value - distance, cell.value + distance]) {
        if (value < min || value > max) continue;
        if (++steps > SEARCH_LIMIT) return false;
        chosen.set(cell, value);
        if (fits() && search(index + 1)) return true;
      }
    }
    chosen.delete(cell);
    return false;
  };
  const [min, max] = domain(target);
  for (const value of [target.value - 1, target.value + 1]) {
    if (value < min || value > max) continue;
    chosen.clear();
    chosen.set(target, value);
    if (fits() && search(0)) return true;
  }
  return false;
}

export interface SuppressOptions {
  /** Whether the breakdown's total is printed (then one masked cell could be recovered by subtraction). */
  totalPrinted?: boolean;
  /** How an unmasked count is printed. */
  format?: (value: number) => string;
  /** Further sets of the breakdown's cells, by index, whose sums are printed elsewhere. */
  sums?: readonly (readonly number[])[];
}

/** `protectTable` for one column of counts, its total printed unless told otherwise. */
export function suppressBreakdown(
  values: readonly number[],
  k: number | null,
  options: SuppressOptions = {},
): Cell[] {
  const column = (indices: readonly number[]) => indices.map((index) => [index, 0] as const);
  const sums = (options.sums ?? []).map(column);
  if (options.totalPrinted ?? true) sums.push(column(values.map((_, index) => index)));
  const table = protectTable(
    values.map((value) => [value]),
    k,
    { format: options.format, sums },
  );
  return table.map((row) => row[0]!);
}

/** Whether any cell of these breakdowns was masked (the PDF then explains the marks). */
export function anySuppressed(...breakdowns: readonly Cell[][]): boolean {
  return breakdowns.some((cells) => cells.some((cell) => cell.suppressed !== null));
}
