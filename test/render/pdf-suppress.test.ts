import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressGrid } from '../../src/render/suppress.js';

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

describe('suppressGrid', () => {
  it('protects rows and columns that add up to printed totals', () => {
    // Age band × (female, male, unknown, total): the 65+ row has 1 woman and 1 man.
    const grid = suppressGrid(
      [
        [20, 25, 0, 45],
        [7, 10, 0, 17],
        [45, 70, 0, 115],
        [1, 1, 0, 2],
      ],
      5,
      { rowTotalsPrinted: true, columnTotalsPrinted: true },
    );
    expect(grid.map(texts)).toEqual([
      ['20', '25', '0', '45'],
      // Each column had one masked cell: its smallest other positive cell is masked too.
      ['×', '×', '0', '×'],
      ['45', '70', '0', '115'],
      ['<5', '<5', '0', '<5'],
    ]);
  });

  it('keeps going until no line has a lone masked cell', () => {
    // 2 is small. Row 0 then masks 40, column 0 masks 6, and column 1, left with 40 alone, masks 9.
    const grid = suppressGrid(
      [
        [2, 40],
        [6, 9],
        [50, 60],
      ],
      5,
      { rowTotalsPrinted: true, columnTotalsPrinted: true },
    );
    expect(grid.map(texts)).toEqual([
      ['<5', '×'],
      ['×', '×'],
      ['50', '60'],
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
    const without = suppressGrid(values, 5, { columnTotalsPrinted: false });
    expect(without.map(texts)).toEqual([
      ['15', '20'],
      ['10', '19'],
      ['<5', '<5'],
    ]);
    const grid = suppressGrid(values, 5, {
      columnTotalsPrinted: false,
      sums: [adults(0), adults(1)],
    });
    expect(grid.map(texts)).toEqual([
      ['15', '20'],
      ['×', '×'],
      ['<5', '<5'],
    ]);
  });

  it('never leaves a line with one masked cell beside an unmasked positive one', () => {
    const grids = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(fc.nat({ max: 30 }), { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(grids, fc.integer({ min: 2, max: 10 }), (values, k) => {
        const grid = suppressGrid(values, k, { rowTotalsPrinted: true, columnTotalsPrinted: true });
        const columns = grid[0]!.map((_, column) => grid.map((row) => row[column]!));
        for (const line of [...grid, ...columns]) {
          const masked = line.filter((cell) => cell.suppressed !== null).length;
          const open = line.filter((cell) => cell.suppressed === null && cell.value > 0).length;
          expect(masked === 1 && open > 0).toBe(false);
        }
        // Masks only hide: every small count is masked, every printed number is exact.
        grid.flat().forEach((cell) => {
          if (cell.value >= 1 && cell.value < k) expect(cell.text).toBe(`<${k}`);
          if (cell.suppressed === null) expect(cell.text).toBe(String(cell.value));
        });
      }),
    );
  });
});
