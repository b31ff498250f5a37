/**
 * Dates: `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY` (a trailing `.` allowed, as
 * Latvian writes `3.4.2021.`). Slashed dates are refused: `03/04/2021` is
 * 3 April in Latvia and 4 March in a US-locale spreadsheet.
 */
import type { IsoDate } from '../../model/contact.js';
import { dayNumber, daysInMonth, fromDayNumber } from '../../calendar.js';
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

/** Excel's day 0 (its day numbers count from 1899-12-30) as a day number of the calendar. */
const EXCEL_EPOCH = dayNumber('1899-12-30');
/** Excel's day numbers of 1927 to 2099: five digits (four are a year). */
const EXCEL_DAY = /^\d{5}$/;
const LAST_EXCEL_DAY = dayNumber(`${MAX_YEAR}-12-31`) - EXCEL_EPOCH;
const TWO_DIGIT_YEAR = /^\d{1,2}\.\d{1,2}\.\d{2}\.?$/;
const TIME_OF_DAY = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * What to do about a date written as a spreadsheet writes it: `44348` (a cell formatted as a
 * number), `1.6.21`, `01.06.2021 10:00`; '' for anything else.
 */
function formatHint(text: string): string {
  if (EXCEL_DAY.test(text) && Number(text) <= LAST_EXCEL_DAY) {
    const [year, month, day] = fromDayNumber(EXCEL_EPOCH + Number(text)).split('-');
    return `; ${text} looks like Excel's number of the day ${day}.${month}.${year}: format the column as dates in Excel and save again`;
  }
  if (TWO_DIGIT_YEAR.test(text)) return '; the year has two digits: write it in full';
  const day = text.replace(TIME_OF_DAY, '');
  if (day !== text && (ISO.test(day) || DOTTED.test(day))) {
    return '; a time of day is not read: write the day alone';
  }
  return '';
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
  return fail(
    'date.format',
    `unrecognised date ${showCell(text, 'date')} (${EXPECTED}${formatHint(text)})`,
  );
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
