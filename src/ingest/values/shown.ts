/**
 * The one rule for showing a cell in a message (README, "Privacy"): a cell is
 * quoted only when it looks like a value of its column's kind — a code, a
 * date, a number, a known name or a near miss of one. Anything else (a name,
 * a phone number, an e-mail, a personal code, a note pasted into the wrong
 * column, a data row read as a header) is described by its length and
 * whether it holds digits, never quoted. Every message that shows a cell
 * goes through `showCell`.
 */
import { fold } from '../../text.js';
import { quote } from '../normalize.js';

/**
 * What a column holds, as far as quoting is concerned: `code` (gender,
 * citizenship, legal status, service, …), `date`, `number` (minutes) and
 * `header` (a column name).
 */
export type CellKind = 'code' | 'date' | 'number' | 'header';

/**
 * A code is one letter or a few capitals: `X`, `f`, `PM`, `IRQ`. Longer text is
 * quoted only as a near miss of a known form (`Irakk`); a short name (`Anna`) is not a code.
 */
const CODE = /^(?:\p{L}|\p{Lu}{2,3})$/u;
/** Whole or decimal numbers of a few digits: minutes, a year, an Excel day number. */
const NUMBER = /^[+-]?\d{1,5}(?:[.,]\d{1,3})?$/;
/** A number of minutes as people write it: `90 min`, `1h`, `1:30`. */
const MINUTES = /^[+-]?\d{1,5}(?:[.,:]\d{1,3})?(?: ?\p{L}{1,3}\.?)?$/u;
/** Three groups of digits: `2021-07-01`, `31.02.2021`, `03/04/2021`, `1.7.21.`, with a time perhaps. */
const NUMERIC_DATE =
  /^\d{1,4}[./-]{1,2}\d{1,2}[./-]{1,2}\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** `20210701` */
const COMPACT_DATE = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** `1-Jul-21`, `1 July 2021`, `1. jūlijs 2021`: day, month word, year. */
const DAY_MONTH_YEAR = /^\d{1,2}\.?[-. /]+(\p{L}{3,10})\.?[-. /,]+\d{2,4}\.?$/u;
/** `Jul 1, 2021`, `July 1 2021`. */
const MONTH_DAY_YEAR = /^(\p{L}{3,10})\.?[-. ]+\d{1,2}(?:st|nd|rd|th)?,?[-. ]+\d{2,4}$/u;
/** `2021. gada 1. jūlijs`, `2021-Jul-01`. */
const YEAR_DAY_MONTH =
  /^\d{4}\.?(?: gada)?[-. ]+(?:\d{1,2}\.?[-. ]+(\p{L}{3,10})|(\p{L}{3,10})[-. ]+\d{1,2})\.?$/u;

/**
 * An Excel error value, what a cell filled by a formula that failed holds: `#N/A`, `#VALUE!`,
 * `#DIV/0!`, `#NAME?`, in any language's Excel (`#VĒRTĪBA!`). A fixed word, never personal data.
 */
const EXCEL_ERROR = /^#(?:N\/A|\p{Lu}[\p{Lu}\d/_.]{0,20}[!?])$/u;

/** Whether a trimmed cell is an Excel error value (`#N/A`). */
export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text);
}

/** Month words by their first three letters (folded), English and Latvian, any case or ending. */
const MONTH_STEMS = new Set('jan feb mar apr may mai jun jul aug sep oct okt nov dec'.split(' '));

function isMonthWord(word: string | undefined): boolean {
  return word !== undefined && MONTH_STEMS.has(fold(word).slice(0, 3));
}

/** Whether the text is written like a date, in any of the forms spreadsheets and people use. */
function looksLikeDate(text: string): boolean {
  if (NUMERIC_DATE.test(text) || COMPACT_DATE.test(text) || NUMBER.test(text)) return true;
  const words = [DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_DAY_MONTH].map((form) => form.exec(text));
  return words.some((match) => match !== null && isMonthWord(match[1] ?? match[2]));
}

/**
 * Whether a trimmed cell looks like a value of its column's kind. `known`
 * says that the caller recognised the text as a known name or a near miss of
 * one (a misspelt country, a column name in a header line), which only the
 * caller's tables can tell.
 */
export function looksLikeValue(text: string, kind: CellKind, known = false): boolean {
  if (known) return true;
  switch (kind) {
    case 'code':
      return CODE.test(text);
    case 'date':
      return looksLikeDate(text);
    case 'number':
      return MINUTES.test(text);
    case 'header':
      return false;
  }
}

/** `a 26-character text with digits`, `an 8-digit number`: what a cell is, without its content. */
export function describeCell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const length = [...flat].length;
  if (/^\d+$/.test(flat)) return `${article(length)} ${length}-digit number`;
  const digits = /\d/.test(flat) ? ' with digits' : '';
  return `${article(length)} ${length}-character text${digits}`;
}

/** "an 8", "an 11", "an 18", "an 80": the article as the number is spoken. */
function article(n: number): string {
  const digits = String(n);
  return digits.startsWith('8') || digits === '11' || digits === '18' ? 'an' : 'a';
}

/**
 * The cell for a message: quoted (`"Irakk"`, cut to `limit`, 40 characters) when it
 * looks like a value of its kind, else described in brackets
 * (`[a 26-character text with digits]`). An Excel error value is quoted and named as one.
 */
export function showCell(text: string, kind: CellKind, known = false, limit?: number): string {
  const trimmed = text.trim();
  if (isExcelError(trimmed)) return `${quote(trimmed)} (Excel's error value: a formula failed)`;
  return looksLikeValue(trimmed, kind, known)
    ? quote(trimmed, limit)
    : `[${describeCell(trimmed)}]`;
}
