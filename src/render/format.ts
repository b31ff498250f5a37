import { formatNumber } from '../lv/numbers.js';

/**
 * The formatting the PDF layout uses, in one import: the Latvian helpers of
 * `src/lv/` plus the few shapes only tables and charts need.
 */

export { formatMoney, formatNumber } from '../lv/numbers.js';
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

// The programme works in Latvia: a report made at 01:00 in Riga is dated that day, not
// the day before as in UTC.
const RIGA_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An instant's calendar day in Riga as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    RIGA_DAY.formatToParts(date).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
