import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatShare,
  formatSignedPercent,
  largestRemainderPercents,
  printedShares,
} from '../../src/render/shares.js';

const NBSP = '\u00A0';

describe('largestRemainderPercents', () => {
  it('rounds down, then gives the missing points to the largest remainders', () => {
    // 63, 65, 56, 2, 7 of 193: 32,64 33,68 29,02 1,04 3,63 → floors add up to 98;
    // the two largest remainders (men ,68 and women ,64) get a point each.
    expect(largestRemainderPercents([63, 65, 56, 2, 7])).toEqual([33, 34, 29, 1, 3]);
    // 2 of 3 and 1 of 3: 66,67 + 33,33 → 67 + 33 (not 67 + 34 = 101, nor 66 + 33 = 99).
    expect(largestRemainderPercents([2, 1])).toEqual([67, 33]);
  });

  it('keeps exact shares as they are', () => {
    expect(largestRemainderPercents([1, 1, 2])).toEqual([25, 25, 50]);
    expect(largestRemainderPercents([5])).toEqual([100]);
    expect(largestRemainderPercents([0, 7, 0])).toEqual([0, 100, 0]);
  });

  it('gives equal remainders to the larger count, then to the earlier one', () => {
    // 1 and 3 of 8: 12,5 and 37,5 (equal remainders) → the 3 gets the point; 4 of 8 is 50.
    expect(largestRemainderPercents([1, 3, 4])).toEqual([12, 38, 50]);
    // Three equal thirds: 33,33 each; the one point missing goes to the first.
    expect(largestRemainderPercents([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives equal counts equal shares, passing the points to the next remainders', () => {
    // The sample's countries: 193 clients; six countries of 1 client (0,518 % each) would
    // split the last two points among them under plain largest remainder (1 %, 1 %, 0 %, …).
    // They go to the next remainders instead: 28 (14,51 %) and 20 (10,36 %).
    const countries = [54, 28, 20, 13, 13, 11, 9, 7, 7, 6, 6, 6, 4, 3, 1, 1, 1, 1, 1, 1];
    const shares = largestRemainderPercents(countries);
    expect(shares).toEqual([28, 15, 11, 7, 7, 6, 5, 4, 4, 3, 3, 3, 2, 2, 0, 0, 0, 0, 0, 0]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
  });

  it('is all zeros when nothing was counted', () => {
    expect(largestRemainderPercents([0, 0])).toEqual([0, 0]);
    expect(largestRemainderPercents([])).toEqual([]);
  });

  it('refuses counts that are not whole and positive', () => {
    expect(() => largestRemainderPercents([1, -1])).toThrow(RangeError);
    expect(() => largestRemainderPercents([1.5])).toThrow(RangeError);
  });

  const counts = fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 30 });
  const bounded = { numRuns: 500, interruptAfterTimeLimit: 5000, endOnFailure: true };

  it('adds up to 100 whenever anything was counted (property)', () => {
    fc.assert(
      fc.property(counts, (values) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        const shares = largestRemainderPercents(values);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total === 0 ? 0 : 100);
      }),
      bounded,
    );
  });

  it('gives equal counts equal shares whenever a larger count can take the point instead (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 2, maxLength: 25 }), (values) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        fc.pre(total > 0);
        const shares = largestRemainderPercents(values);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
        values.forEach((value, index) =>
          values.forEach((other, j) => {
            if (value > other) expect(shares[index]).toBeGreaterThanOrEqual(shares[j]!);
          }),
        );
      }),
      bounded,
    );
  });

  it('rounds each share to a neighbour of its exact value, and a larger count never gets less (property)', () => {
    fc.assert(
      fc.property(counts, (values) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        fc.pre(total > 0);
        const shares = largestRemainderPercents(values);
        values.forEach((value, index) => {
          const exact = (value * 100) / total;
          expect(shares[index]).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(shares[index]).toBeLessThanOrEqual(Math.ceil(exact));
          if (value === 0) expect(shares[index]).toBe(0);
          values.forEach((other, j) => {
            if (value > other) expect(shares[index]).toBeGreaterThanOrEqual(shares[j]!);
          });
        });
      }),
      bounded,
    );
  });
});

describe('printedShares', () => {
  const cell = (value: number, suppressed: 'primary' | 'secondary' | null = null) => ({
    value,
    suppressed,
  });

  it('is the largest-remainder shares when nothing is masked', () => {
    expect(printedShares([cell(2), cell(1)])).toEqual([67, 33]);
  });

  it('gives masked cells no share and counts them as one pooled count', () => {
    // 40, 30, 3 (<5) and 7 (×) of 80: the pool of 10 is 12,5 %, never split.
    expect(printedShares([cell(40), cell(30), cell(3, 'primary'), cell(7, 'secondary')])).toEqual([
      50,
      38,
      null,
      null,
    ]);
  });

  it('prints the same shares however the masked count splits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 500 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (visible, hidden, first) => {
          fc.pre(first < hidden);
          const split = (a: number) => [
            ...visible.map((value) => cell(value)),
            cell(a, 'primary'),
            cell(hidden - a, 'secondary'),
          ];
          expect(printedShares(split(first))).toEqual(printedShares(split(hidden - first)));
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 5000, endOnFailure: true },
    );
  });
});

describe('formatShare', () => {
  it('prints "42 %" with a no-break space, and the mark for a masked cell', () => {
    expect(formatShare(42, '×')).toBe(`42${NBSP}%`);
    expect(formatShare(100, '×')).toBe(`100${NBSP}%`);
    expect(formatShare(null, '×')).toBe('×');
  });
});

describe('formatSignedPercent', () => {
  it('prints a change with its sign, in whole percent', () => {
    expect(formatSignedPercent(39.4)).toBe(`+39${NBSP}%`);
    expect(formatSignedPercent(-29.5)).toBe(`−30${NBSP}%`);
    expect(formatSignedPercent(0.2)).toBe(`0${NBSP}%`);
  });
});
