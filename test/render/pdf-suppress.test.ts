import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, suppressBreakdown } from '../../src/render/suppress.js';

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe('suppressBreakdown', () => {
  it('prints every count when no threshold is set', () => {
    expect(texts(suppressBreakdown([90, 3, 0, 1], null))).toEqual(['90', '3', '0', '1']);
  });

  it('masks counts 1…k−1 as "<k", never zeros or counts of k and more', () => {
    const cells = suppressBreakdown([90, 4, 0, 5, 1, 2], 5);
    expect(texts(cells)).toEqual(['90', '<5', '0', '5', '<5', '<5']);
    expect(cells.map((cell) => cell.suppressed)).toEqual([
      null,
      'primary',
      null,
      null,
      'primary',
      'primary',
    ]);
  });

  it('masks the next-smallest positive cell when one cell alone is masked and the total is printed', () => {
    // 100 − 90 − 7 = 3 would give the masked count away; masking 7 as well hides it.
    const cells = suppressBreakdown([90, 7, 3, 0, 12], 5);
    expect(texts(cells)).toEqual(['90', '×', '<5', '0', '12']);
    expect(cells[1]!.suppressed).toBe('secondary');
  });

  it('takes the first of equal next-smallest cells, for a stable choice', () => {
    expect(texts(suppressBreakdown([8, 2, 8], 5))).toEqual(['×', '<5', '8']);
  });

  it('needs no second mask when two cells are masked already, or when no total is printed', () => {
    expect(texts(suppressBreakdown([90, 3, 4, 12], 5))).toEqual(['90', '<5', '<5', '12']);
    expect(texts(suppressBreakdown([90, 3, 12], 5, { totalPrinted: false }))).toEqual([
      '90',
      '<5',
      '12',
    ]);
  });

  it('leaves a lone masked cell alone when every other cell is zero (nothing left to mask)', () => {
    expect(texts(suppressBreakdown([0, 3, 0], 5))).toEqual(['0', '<5', '0']);
  });

  it('formats unmasked counts with the given formatter', () => {
    expect(texts(suppressBreakdown([12345, 9], 10, { format: (n) => `#${n}` }))).toEqual([
      '×',
      '<10',
    ]);
    expect(texts(suppressBreakdown([12345, 10], 10, { format: (n) => `#${n}` }))).toEqual([
      '#12345',
      '#10',
    ]);
  });
});

/** Each column adds up to a printed figure; with `rowTotals`, each row's last cell is its total. */
function gridFacts(values: number[][], rowTotals: boolean) {
  const width = values[0]!.length;
  const columns = Array.from({ length: width }, (_, column) =>
    values.map((_, row) => [row, column] as const),
  );
  const totals = rowTotals
    ? values.map((_, row) => ({
        total: [row, width - 1] as const,
        parts: Array.from({ length: width - 1 }, (_, column) => [row, column] as const),
      }))
    : [];
  return { sums: columns, totals };
}

describe('protectTable', () => {
  it('protects rows and columns that add up to printed totals', () => {
    // Age band × (female, male, unknown, total): the 65+ row has 1 woman and 1 man.
    const values = [
      [20, 25, 0, 45],
      [7, 10, 0, 17],
      [45, 70, 0, 115],
      [1, 1, 0, 2],
    ];
    const grid = protectTable(values, 5, gridFacts(values, true));
    expect(grid.map(texts)).toEqual([
      ['20', '25', '0', '45'],
      // Each column had one masked cell: its smallest other positive cell is masked too.
      ['×', '×', '0', '×'],
      ['45', '70', '0', '115'],
      ['<5', '<5', '0', '<5'],
    ]);
  });

  it('masks beyond a lone cell when the masked cells together still give one away', () => {
    // 100 − 94 = 6 hidden in two cells, "<5" and "×" (5 or more): the small one can only be 1.
    expect(texts(suppressBreakdown([94, 1, 5], 5))).toEqual(['×', '<5', '×']);
    // Two cells of 1 with a printed total of 2 hidden: each is 1; a third mask leaves room.
    expect(texts(suppressBreakdown([1, 1, 30], 5))).toEqual(['<5', '<5', '×']);
  });

  it("keeps a service's clients hidden when its contacts would bound them", () => {
    // Clients ≤ contacts: "<5 | 1" would say 1. The contacts column has a printed total.
    const values = [
      [40, 90],
      [1, 1],
      [12, 30],
    ];
    const table = protectTable(values, 5, {
      sums: [values.map((_, row) => [row, 1] as const)],
      atMost: values.map((_, row) => [[row, 0] as const, [row, 1] as const] as const),
    });
    expect(table.map(texts)).toEqual([
      ['40', '90'],
      ['<5', '<5'],
      ['12', '×'],
    ]);
  });

  it('protects further printed sums of cells as well (women = the adult bands of column 0)', () => {
    // 18–34, 35–64, 65+ × (female, male): 65+ has 1 woman and 1 man; the adult women (26) and
    // men (40) are printed beside the table, so each needs a second masked adult cell.
    const values = [
      [15, 20],
      [10, 19],
      [1, 1],
    ];
    const adults = (column: number) => [0, 1, 2].map((row) => [row, column] as const);
    const without = protectTable(values, 5);
    expect(without.map(texts)).toEqual([
      ['15', '20'],
      ['10', '19'],
      ['<5', '<5'],
    ]);
    const grid = protectTable(values, 5, { sums: [adults(0), adults(1)] });
    expect(grid.map(texts)).toEqual([
      ['15', '20'],
      ['×', '×'],
      ['<5', '<5'],
    ]);
  });

  it('leaves a cell alone when every cell of its sum is masked already (nothing left to mask)', () => {
    expect(texts(suppressBreakdown([0, 3, 0], 5))).toEqual(['0', '<5', '0']);
    expect(texts(suppressBreakdown([1, 1], 5))).toEqual(['<5', '<5']);
  });

  it('masks only: every small count is "<k", every printed number is exact (fast-check)', () => {
    const grids = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(fc.nat({ max: 30 }), { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(grids, fc.integer({ min: 3, max: 10 }), (values, k) => {
        const grid = protectTable(values, k, gridFacts(values, false));
        grid.flat().forEach((cell) => {
          if (cell.value >= 1 && cell.value < k) expect(cell.text).toBe(`<${k}`);
          if (cell.suppressed === null) expect(cell.text).toBe(String(cell.value));
          if (cell.suppressed === 'secondary') expect(cell.value).toBeGreaterThanOrEqual(k);
        });
      }),
      { numRuns: 200, seed: 20210601 },
    );
  });
});
