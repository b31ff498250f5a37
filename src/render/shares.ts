import { formatPercent } from '../lv/numbers.js';
import type { Cell } from './suppress.js';

/**
 * Shares in percent, as the report prints them: beside the top countries, the
 * social portrait's groups and the closure reasons (narrative and tables), and
 * the changes of the comparison.
 */

/**
 * Whole-percent shares of `counts` that add up to exactly 100 (all 0 when
 * every count is 0), by the largest remainder method: each share is its exact
 * percentage rounded down, and the points still missing to 100 go, one each,
 * to the counts with the largest remainders (on equal remainders, the larger
 * count first). Every share is its exact value rounded down or up, a larger
 * count never gets a smaller share, and a reader who adds up a table's shares
 * gets 100 %.
 *
 * Equal counts get equal shares: when the points left would split a set of
 * equal counts (six countries with 1 client and two points to give), they go
 * to the next largest remainders instead, as long as no smaller count would
 * then get more than a larger one. Only when no count can take them (three
 * equal thirds: 34 %, 33 %, 33 %) do equal counts differ, by one point.
 */
export function largestRemainderPercents(counts: readonly number[]): number[] {
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`a share needs whole counts of 0 or more, got ${count}`);
    }
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  // Integer arithmetic: count × 100 = floor × total + remainder, so equal remainders are exact.
  const shares = counts.map((count) => Math.floor((count * 100) / total));
  const remainder = (count: number) => (count * 100) % total;
  let missing = 100 - shares.reduce((sum, share) => sum + share, 0);

  // The counts that were rounded down, each value once with its places, largest remainder first.
  const places = new Map<number, number[]>();
  counts.forEach((count, index) => {
    if (remainder(count) > 0) places.set(count, [...(places.get(count) ?? []), index]);
  });
  const groups = [...places.entries()].sort(([a], [b]) => remainder(b) - remainder(a) || b - a);
  const keepsOrder = (count: number, share: number) =>
    counts.every((other, index) => other <= count || shares[index]! >= share);

  const skipped: number[][] = [];
  for (const [count, indices] of groups) {
    if (missing === 0) break;
    if (indices.length <= missing && keepsOrder(count, shares[indices[0]!]! + 1)) {
      for (const index of indices) shares[index]!++;
      missing -= indices.length;
    } else {
      skipped.push(indices);
    }
  }
  // Only when no whole set of equal counts can take them: the first places of the largest remainders.
  for (const index of skipped.flat()) {
    if (missing === 0) break;
    shares[index]!++;
    missing--;
  }
  return shares;
}

/**
 * The shares printed beside a breakdown's cells: null for a masked cell. The
 * masked cells are counted as one pooled count (their sum is the printed total
 * minus the printed cells, known anyway), so the shares printed depend only
 * on what is printed and tell nothing about how the hidden count splits.
 */
export function printedShares(
  cells: readonly Pick<Cell, 'value' | 'suppressed'>[],
): (number | null)[] {
  const visible = cells.filter((cell) => cell.suppressed === null);
  const pooled = cells.reduce((sum, cell) => sum + (cell.suppressed === null ? 0 : cell.value), 0);
  const shares = largestRemainderPercents([...visible.map((cell) => cell.value), pooled]);
  let next = 0;
  return cells.map((cell) => (cell.suppressed === null ? shares[next++]! : null));
}

/** A share as a table prints it: "42 %", or the secondary mark for a masked cell. */
export function formatShare(share: number | null, hidden: string): string {
  return share === null ? hidden : formatPercent(share);
}

/** A change in %: "+39 %", "−12 %" (a real minus sign), "0 %"; whole percent. */
export function formatSignedPercent(percent: number): string {
  // Halves away from zero, the same way for a fall as for a rise: −29,5 → −30.
  const whole = Math.sign(percent) * Math.round(Math.abs(percent));
  if (whole === 0) return formatPercent(0);
  return `${whole > 0 ? '+' : '−'}${formatPercent(Math.abs(whole))}`;
}
