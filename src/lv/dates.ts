import { isValidIsoDate } from '../calendar.js';
import { monthAbbreviation, monthName, type MonthCase } from './months.js';
import { NBSP } from './numbers.js';

/**
 * Latvian dates for the report text and tables. Inputs are ISO strings
 * (`YYYY-MM-DD`, `YYYY-MM`) as the statistics model holds them; nothing here
 * depends on the time zone or on the current date.
 */

export type DateCase = MonthCase;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parseDate(iso: string): Ymd {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a date (YYYY-MM-DD): "${iso}"`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function parseMonth(iso: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`not a month (YYYY-MM): "${iso}"`);
  return { year: Number(m[1]), month };
}

/**
 * `formatLongDate('2021-06-01')` → "2021. gada 1. jūnijs"; with 'gen' "… 1. jūnija",
 * 'dat' "… 1. jūnijam", 'loc' "… 1. jūnijā". Only the month declines. No-break spaces
 * keep the date on one line ("2021. gada 30. / novembrim" would read as two things).
 */
export function formatLongDate(iso: string, grammaticalCase: DateCase = 'nom'): string {
  const { year, month, day } = parseDate(iso);
  return `${year}.${NBSP}gada${NBSP}${day}.${NBSP}${monthName(month, grammaticalCase)}`;
}

/** "no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim" (both dates in full, as published reports write them). */
export function formatPeriod(from: string, to: string): string {
  return `no ${formatLongDate(from, 'gen')} līdz ${formatLongDate(to, 'dat')}`;
}

/** `formatMonthLocative('2021-06')` → "2021. gada jūnijā" ("in June 2021"). */
export function formatMonthLocative(month: string): string {
  const { year, month: m } = parseMonth(month);
  return `${year}.${NBSP}gada${NBSP}${monthName(m, 'loc')}`;
}

/** `formatShortDate('2021-06-01')` → "01.06.2021." (tables; Latvian numeric dates end with a dot). */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseDate(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day)}.${pad(month)}.${year}.`;
}

/**
 * Month label for tables and charts: 'long' (default) "2021. gada jūnijs",
 * 'short' "2021. g. jūn." (CLDR's Latvian year-month abbreviation, for chart axes).
 */
export function formatMonthLabel(month: string, style: 'long' | 'short' = 'long'): string {
  const { year, month: m } = parseMonth(month);
  return style === 'long'
    ? `${year}.${NBSP}gada${NBSP}${monthName(m, 'nom')}`
    : `${year}. g. ${monthAbbreviation(m)}`;
}

/** The month's name alone in a case, for "134 personas oktobrī": `formatMonthName('2021-10', 'loc')` → "oktobrī". */
export function formatMonthName(month: string, grammaticalCase: DateCase = 'nom'): string {
  return monthName(parseMonth(month).month, grammaticalCase);
}
