import { formatNumber } from '../lv/numbers.js';

/**
 * The formatting the PDF layout uses, in one import: the Latvian helpers of
 * `src/lv/` plus the few shapes only tables and charts need.
 */

export { formatMoney, formatNumber, formatPercent, NBSP } from '../lv/numbers.js';
export {
  formatLongDate,
  formatMonthLabel,
  formatMonthName,
  formatPeriod,
  formatShortDate,
} from '../lv/dates.js';

/** A count: `1234` → "1234", `12345` → "12 345". */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/** An average with one decimal, or a dash when there is none: `31.5` → "31,5". */
export function formatAverage(value: number | null): string {
  return value === null ? '–' : formatNumber(value, 1);
}

/** A Date's calendar day in UTC as `YYYY-MM-DD` (generatedOn is a reproducible instant). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
