/**
 * Small-cell suppression cannot be undone (README, "Privacy"): over random
 * tables of the shapes the report prints, a reader who knows every printed
 * cell, every printed sum, every total cell and every "≤" pair (a service's
 * clients ≤ its contacts), and that "<k" is 1…k−1 and "×" is k or more, can
 * never pin a masked cell to one number. The reader here is an exhaustive
 * search, independent of the rule's own bookkeeping. The one exception is a
 * cell the printed sums pin even with every cell of the table masked (two
 * clients from two countries are one each): no mask can hide that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, type Cell, type Coord, type TableFacts } from '../../src/render/suppress.js';

interface Table {
  shape: string;
  values: number[][];
  facts: TableFacts;
  k: number;
}

const column = (rows: number, index: number): Coord[] =>
  Array.from({ length: rows }, (_, row) => [row, index] as const);

/** A breakdown (countries, locations, closures): one column, its total printed, maybe the sum of its tail too ("citas valstis"). */
const breakdown: fc.Arbitrary<Omit<Table, 'k'>> = fc
  .tuple(fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 6 }), fc.nat({ max: 6 }))
  .map(([counts, tail]) => {
    const values = counts.map((value) => [value]);
    const sums = [column(values.length, 0)];
    if (tail > 0 && tail < values.length) sums.push(column(values.length, 0).slice(-tail));
    return { shape: 'breakdown', values, facts: { sums } };
  });

/** Services: clients and contacts per service; contacts add up to a printed total; clients ≤ contacts. */
const services: fc.Arbitrary<Omit<Table, 'k'>> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 5 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows) => ({
    shape: 'services',
    values: rows.map(([clients, more]) => [clients, clients + more]),
    facts: {
      sums: [column(rows.length, 1)],
      atMost: rows.map((_, row) => [[row, 0] as const, [row, 1] as const] as const),
    },
  }));

/** Age band × gender with a total column: rows add up to their total cell, columns to a printed row. */
const grid: fc.Arbitrary<Omit<Table, 'k'>> = fc
  .integer({ min: 1, max: 3 })
  .chain((width) =>
    fc.array(fc.array(fc.nat({ max: 9 }), { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map((parts) => {
    const width = parts[0]!.length;
    const values = parts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
    return {
      shape: 'grid',
      values,
      facts: {
        sums: Array.from({ length: width + 1 }, (_, index) => column(values.length, index)),
        totals: values.map((_, row) => ({
          total: [row, width] as const,
          parts: Array.from({ length: width }, (_, index) => [row, index] as const),
        })),
      },
    };
  });

const tables: fc.Arbitrary<Table> = fc
  .tuple(fc.oneof(breakdown, services, grid), fc.integer({ min: 3, max: 5 }))
  .map(([table, k]) => ({ ...table, k }));

type Mask = 'primary' | 'secondary' | null;

/**
 * The values a reader can still give cell `target`: every assignment of the masked
 * cells that fits what is printed, searched exhaustively (with pruning). Returns
 * whether some value other than the true one fits.
 */
function canDiffer(table: Table, masks: Mask[][], target: Coord): boolean {
  const { values, facts, k } = table;
  const cap = values.flat().reduce((a, b) => a + b, 0);
  const key = ([row, col]: Coord) => `${row},${col}`;
  const hidden: Coord[] = [];
  values.forEach((row, r) =>
    row.forEach((_, c) => {
      if (masks[r]![c] !== null) hidden.push([r, c]);
    }),
  );
  const domain = ([r, c]: Coord): [number, number] =>
    masks[r]![c] === 'primary' ? [1, k - 1] : [k, cap];
  const relations = [
    ...(facts.sums ?? []).map((sum) => sum.map((coord) => ({ coord, sign: 1 }))),
    ...(facts.totals ?? []).map(({ total, parts }) => [
      ...parts.map((coord) => ({ coord, sign: 1 })),
      { coord: total, sign: -1 },
    ]),
  ].map((terms) => ({
    terms,
    value: terms.reduce((sum, { coord: [r, c], sign }) => sum + sign * values[r]![c]!, 0),
  }));
  const assigned = new Map<string, number>();
  const valueOf = (coord: Coord): number | undefined => {
    const [r, c] = coord;
    return masks[r]![c] === null ? values[r]![c]! : assigned.get(key(coord));
  };
  const bounds = (coord: Coord): [number, number] => {
    const known = valueOf(coord);
    return known === undefined ? domain(coord) : [known, known];
  };
  const consistent = (): boolean => {
    for (const { terms, value } of relations) {
      let low = 0;
      let high = 0;
      for (const { coord, sign } of terms) {
        const [min, max] = bounds(coord);
        low += sign === 1 ? min : -max;
        high += sign === 1 ? max : -min;
      }
      if (value < low || value > high) return false;
    }
    for (const [a, b] of facts.atMost ?? []) {
      if (bounds(a)[0] > bounds(b)[1]) return false;
    }
    return true;
  };
  let nodes = 0;
  const search = (index: number): boolean => {
    if (++nodes > 2_000_000) throw new Error('search too large: make the tables smaller');
    if (index === hidden.length) return true;
    const coord = hidden[index]!;
    if (assigned.has(key(coord))) return search(index + 1);
    const [min, max] = domain(coord);
    for (let v = min; v <= max; v++) {
      assigned.set(key(coord), v);
      if (consistent() && search(index + 1)) return true;
    }
    assigned.delete(key(coord));
    return false;
  };
  const truth = values[target[0]]![target[1]]!;
  const [min, max] = domain(target);
  for (let v = min; v <= max; v++) {
    if (v === truth) continue;
    assigned.clear();
    assigned.set(key(target), v);
    if (consistent() && search(0)) return true;
  }
  return false;
}

describe('protectTable: no masked count can be worked out from the printed table', () => {
  it('over random breakdowns, service tables and age grids (fast-check)', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const cells = protectTable(table.values, table.k, table.facts);
        const masks = cells.map((row) => row.map((cell: Cell) => cell.suppressed));
        // With every positive cell masked, what the printed sums alone still give away.
        const everything = table.values.map((row) =>
          row.map((value): Mask =>
            value === 0 ? null : value < table.k ? 'primary' : 'secondary',
          ),
        );
        cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.value >= 1 && cell.value < table.k) expect(cell.text).toBe(`<${table.k}`);
            if (cell.suppressed === null) {
              expect(cell.text).toBe(String(cell.value));
              return;
            }
            if (!canDiffer(table, everything, [r, c])) return;
            expect(
              canDiffer(table, masks, [r, c]),
              `${table.shape} k=${table.k} ${JSON.stringify(table.values)} → ${JSON.stringify(cells.map((row) => row.map((cell) => cell.text)))}: cell [${r},${c}] is pinned`,
            ).toBe(true);
          }),
        );
      }),
      { numRuns: 400, seed: 20210601, plugins: [fc.interruptAfterTimeLimit(60_000)] },
    );
  }, 120_000);
});
