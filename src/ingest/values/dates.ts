/**
 * Dates: `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY` (a trailing `.` allowed, as
 * Latvian writes `3.4.2021.`). Slashed dates are refused: `03/04/2021` is
 * 3 April in Latvia and 4 March in a US-locale spreadsheet.
 */
import type { IsoDate } from '../../model/contact.js';
import { daysInMonth } from '../../calendar.js';
import { fail, ok, type Parsed } from './result.js';
import { showCell } from './shown.js';

/** Years outside this range are typos, not dates of this programme or its clients. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YEAR = /^\d{4}$/;
const EXPECTED = 'expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY';
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checkYear(text: string, year: number): Parsed<never> | null {
  if (year >= MIN_YEAR && year <= MAX_YEAR) return null;
  return fail(
    'date.out_of_range',
    `date ${showCell(text, 'date')} is out of range (expected a year from ${MIN_YEAR} to ${MAX_YEAR})`,
  );
}

function calendarDay(text: string, year: number, month: number, day: number): Parsed<IsoDate> {
  const badYear = checkYear(text, year);
  if (badYear) return badYear;
  if (month < 1 || month > 12) {
    return fail(
      'date.impossible',
      `impossible date ${showCell(text, 'date')} (there is no month ${month})`,
    );
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const name = MONTHS[month - 1] ?? '';
    return fail(
      'date.impossible',
      `impossible date ${showCell(text, 'date')} (${name} ${year} has ${days} days)`,
    );
  }
  return ok(iso(year, month, day));
}

function slashed(text: string, a: number, b: number, year: number): Parsed<IsoDate> {
  const valid = (day: number, month: number) =>
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const readings: string[] = [];
  if (valid(a, b)) readings.push(`${a} ${MONTHS[b - 1]}`);
  if (valid(b, a) && a !== b) readings.push(`${b} ${MONTHS[a - 1]}`);
  const which = readings.length > 0 ? ` (${readings.join(' or ')}?)` : '';
  return fail(
    'date.ambiguous',
    `ambiguous date ${showCell(text, 'date')}${which}: write the day first with dots (DD.MM.YYYY) or use YYYY-MM-DD`,
  );
}

/** A non-empty, trimmed date in one of the accepted forms. */
export function parseDay(text: string): Parsed<IsoDate> {
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    return calendarDay(text, Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  }
  const dotted = DOTTED.exec(text);
  if (dotted) return calendarDay(text, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slash = SLASHED.exec(text);
  if (slash) return slashed(text, Number(slash[1]), Number(slash[2]), Number(slash[3]));
  return fail('date.format', `unrecognised date ${showCell(text, 'date')} (${EXPECTED})`);
}

/** The contact's day: required. */
export function parseContactDate(raw: string): Parsed<IsoDate> {
  const text = raw.trim();
  if (text === '') return fail('date.empty', `missing date (${EXPECTED})`);
  return parseDay(text);
}

/** An optional date (arrival, status granted): empty → null. */
export function parseOptionalDate(raw: string): Parsed<IsoDate | null> {
  const text = raw.trim();
  return text === '' ? ok(null) : parseDay(text);
}

/** A birth date: a date, or a year alone taken as 1 January of that year; empty → null. */
export function parseBirthDate(raw: string): Parsed<IsoDate | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  if (YEAR.test(text)) return checkYear(text, Number(text)) ?? ok(`${text}-01-01`);
  return parseDay(text);
}
