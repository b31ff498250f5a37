import type { IsoDate } from './model/contact.js';

/**
 * Calendar arithmetic on ISO strings (`YYYY-MM-DD`, `YYYY-MM`). Everything is
 * computed in UTC days, so nothing depends on the time zone or the clock.
 */

const MS_PER_DAY = 86_400_000;

/** The number written in `text[from, to)`, or NaN if a character there is not a digit 0–9. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `text` is a real calendar day written as `YYYY-MM-DD` (no
 * 2021-02-30): periods and the config's dates. (NaN, from a character that
 * is not a digit, fails every comparison.)
 */
export function isValidIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // Comparisons, not an array literal: the row parser checks every date it reads against this.
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of an ISO date; differences give whole days. */
export function dayNumber(date: IsoDate): number {
  // Arithmetic instead of Date.UTC: this runs for every contact outside a service window.
  // Days from the civil calendar, counting years from March so the leap day comes last.
  const m = month(date);
  const y = year(date) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day(date) - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number (inverse of `dayNumber`). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Age in completed years on a day ("turned 18" on the 18th birthday). A
 * 29 February birthday is completed on 1 March in common years. Null when the
 * birth date lies after the day.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number | null {
  // "MM-DD" strings compare chronologically within a year.
  const age = year(on) - year(birthDate) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age >= 0 ? age : null;
}

/**
 * The same day `months` months later, clamped to the month's last day
 * (2021-01-31 + 1 month = 2021-02-28), as terms counted in months end.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = year(date) * 12 + (month(date) - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const targetDay = Math.min(day(date), daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/** Every calendar month (`YYYY-MM`) that overlaps `[from, to]`, in order. */
export function monthsOverlapping(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  const count = monthOffset(to, from) + 1;
  for (let offset = 0; offset < count; offset++) {
    const total = year(from) * 12 + (month(from) - 1) + offset;
    months.push(`${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}`);
  }
  return months;
}

/** Whole months from the month of `base` to the month of `date` (same month: 0). */
export function monthOffset(date: IsoDate, base: IsoDate): number {
  return (year(date) - year(base)) * 12 + (month(date) - month(base));
}

function year(date: string): number {
  // Hot path (once per contact): digit arithmetic instead of slice + Number.
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

function month(date: string): number {
  return (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
}

function day(date: string): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
