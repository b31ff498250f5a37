/**
 * Row validation: raw fields → a contact, or every problem in the row.
 * Pure; the reader supplies fields, physical line and file name.
 *
 * Exports repeat the same values endlessly (a handful of services, countries,
 * dates), so each coded column's result is memoised per distinct raw string.
 * Zod gives the issues of a rejected value; valid values skip it (`direct`).
 */
import { z } from '../zod.js';
import type { RowProblem } from '../errors.js';
import type { Contact } from '../model/contact.js';
import { COLUMNS, type ColumnName } from './columns.js';
import type { HeaderMatch } from './header.js';
import { isIsoDay } from './values/dates.js';
import type { Parsed } from './values/result.js';
import {
  COLUMN_PARSERS,
  COLUMN_SCHEMAS,
  issuesToProblems,
  type ColumnValues,
} from './values/schemas.js';

export type ContactFields = Omit<Contact, 'seq' | 'source'>;
export type RowResult = { contact: ContactFields } | { problems: RowProblem[] };
export interface RowParser {
  /** Validates one row's fields; `line` is the physical line (header = 1). */
  parseRow(fields: readonly string[], line: number, file: string): RowResult;
}

/** Distinct values remembered per column; beyond this a column's new values are parsed every time. */
export const MEMO_LIMIT = 50_000;

type Issue = z.core.$ZodIssue;
type Cell = { ok: true; value: unknown } | { ok: false; issues: Issue[] };
type CellParser = (raw: string) => Cell;

/** True when every field is empty or blank: such rows are skipped, not errors. */
export function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) if (startsVisible(field) || field.trim() !== '') return false;
  return true;
}

/**
 * Whether the text starts with a visible ASCII character, so that trimming
 * would leave it non-empty: a cheap first check before `trim`, which every
 * row's date and ids would otherwise pay for.
 */
function startsVisible(text: string): boolean {
  const code = text.charCodeAt(0); // NaN for '', which fails both comparisons
  return code > 0x20 && code < 0x7f;
}

/** Whether trimming would leave the text as it is (it starts and ends with visible ASCII). */
function isTrimmed(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return startsVisible(text) && last > 0x20 && last < 0x7f;
}

/** Checks between columns; each issue names its column in `path`. */
export function crossFieldIssues(
  row: Pick<ColumnValues, 'date' | 'birth_date'>,
): z.core.$ZodIssueCustom[] {
  if (row.birth_date === null || row.birth_date <= row.date) return [];
  return [
    {
      code: 'custom',
      path: ['birth_date'],
      message: `birth date ${row.birth_date} is after the contact date ${row.date}`,
      params: { reason: 'birth_date.after_contact' },
    },
  ];
}

/** The whole row as one zod schema (all columns as strings): the reference the fast path agrees with. */
export const rowSchema = z.object(COLUMN_SCHEMAS).superRefine((row, ctx) => {
  for (const { message, path, params } of crossFieldIssues(row)) {
    ctx.addIssue({ code: 'custom', message, path: [...path], params });
  }
});

function runSchema(column: ColumnName, raw: string): Cell {
  const result = COLUMN_SCHEMAS[column].safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues };
}

/**
 * The column's plain parser; zod runs only on a value it rejects, to give the
 * issues. The schemas wrap these parsers (values/schemas.ts), so the result
 * is the same, without zod's cost on the valid values that are nearly all.
 */
function direct(column: ColumnName): CellParser {
  const parse = COLUMN_PARSERS[column] as (raw: string) => Parsed<unknown>;
  // A successful `Parsed` is already a valid `Cell`: returning it saves an allocation per id per row.
  return (raw) => {
    const parsed = parse(raw);
    return parsed.ok ? parsed : runSchema(column, raw);
  };
}

/** Slots in each column's table of recent values: 2 ** RECENT_BITS. */
const RECENT_BITS = 10;

/**
 * A slot in a table of recent values, from the value's length and three of
 * its characters, mixed by a multiplication (Fibonacci hashing) and read from
 * the top bits: enough to keep apart the few values of a coded column. (In
 * the synthetic exports, citizenship is written 62 ways, and a value finds
 * another in its slot on 0.5% of rows.)
 */
function recentSlot(text: string): number {
  const n = text.length;
  const key =
    text.charCodeAt(0) ^
    (text.charCodeAt(n >> 1) << 8) ^
    (text.charCodeAt(n - 1) << 16) ^
    (n << 24);
  return Math.imul(key, 0x9e3779b1) >>> (32 - RECENT_BITS);
}

/** The code of the digit at `at` in `text`, less that of 0 (0–9 for a digit). */
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/**
 * A slot for a calendar day in a table of 2 ** `bits`: 31 per month, 372 per
 * year, so days less than 2 ** `bits` / 372 years apart never share one.
 */
function calendarSlot(year: number, month: number, day: number, bits: number): number {
  return ((year * 12 + month) * 31 + day) & (2 ** bits - 1);
}

/**
 * Slots in a date column's table of recent values (its `MemoisedColumn`):
 * 2 ** 15, more than eighty years of days. (Not `DAY_BITS`: that table holds
 * `YYYY-MM-DD` days as read.)
 */
const DATE_RECENT_BITS = 15;
const DOT = 46; // '.'

/**
 * A slot in a date column's table of recent values (exported for its test).
 * A date written `DD.MM.YYYY` (Latvian Excel's form) gets one from its
 * digits: birth days run to tens of thousands, and `recentSlot`'s three
 * characters tell few of them apart. Other forms take `recentSlot`'s.
 */
export function dateSlot(text: string): number {
  if (text.length !== 10 || text.charCodeAt(2) !== DOT || text.charCodeAt(5) !== DOT) {
    return recentSlot(text);
  }
  const year = digit(text, 6) * 1000 + digit(text, 7) * 100 + digit(text, 8) * 10 + digit(text, 9);
  const month = digit(text, 3) * 10 + digit(text, 4);
  return calendarSlot(year, month, digit(text, 0) * 10 + digit(text, 1), DATE_RECENT_BITS);
}

/**
 * A column's parser remembered per distinct raw value (coded columns repeat a
 * handful of values). A class, so that every column is read through one call
 * site that V8 keeps monomorphic.
 *
 * Every raw value is a new string, and a `Map` hashes each one in full (in
 * C++) before it can compare it. So a small table indexed by `recentSlot`
 * (`dateSlot` in a date column) comes first: one string comparison settles
 * the commonest values, and the map is consulted only when the slot holds
 * another value.
 */
class MemoisedColumn {
  readonly #parse: CellParser;
  readonly #cache = new Map<string, Cell>();
  /** Empty optional columns are the commonest value, and checking a length costs less than a hash. */
  readonly #empty: Cell;
  /** A date column: its table is placed by `dateSlot` (a branch, so both slot functions inline). */
  readonly #dates: boolean;
  readonly #recentRaw: string[];
  readonly #recentCell: Cell[];

  constructor(parse: CellParser, dates: boolean) {
    this.#parse = parse;
    this.#empty = parse('');
    this.#dates = dates;
    const slots = 2 ** (dates ? DATE_RECENT_BITS : RECENT_BITS);
    this.#recentRaw = new Array<string>(slots).fill('');
    this.#recentCell = new Array<Cell>(slots).fill(this.#empty);
  }

  read(raw: string): Cell {
    if (raw.length === 0) return this.#empty;
    const slot = this.#dates ? dateSlot(raw) : recentSlot(raw);
    if (this.#recentRaw[slot] === raw) return this.#recentCell[slot]!;
    let cell = this.#cache.get(raw);
    if (cell === undefined) {
      cell = this.#parse(raw);
      if (this.#cache.size < MEMO_LIMIT) this.#cache.set(raw, cell);
    }
    this.#recentRaw[slot] = raw;
    this.#recentCell[slot] = cell;
    return cell;
  }
}

/** Slots in a date column's table of days: 2 ** 12, more than eleven years of days. */
const DAY_BITS = 12;

/** A slot for a `YYYY-MM-DD` day from its digits: days less than eleven years apart never share one. */
function daySlot(day: string): number {
  const year = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const month = digit(day, 5) * 10 + digit(day, 6);
  return calendarSlot(year, month, digit(day, 8) * 10 + digit(day, 9), DAY_BITS);
}

/**
 * One string per day in a date column. A date taken as written is a new
 * string on every row; client records keep the latest ones, so the garbage
 * collector would copy each into the old generation, and memory would grow
 * with the rows. The table hands back the equal string it already holds.
 * It holds only valid days, so finding a date there also spares checking it.
 */
class SharedDays {
  readonly #days: string[] = new Array<string>(2 ** DAY_BITS).fill('');

  /** The day held for `raw` when it is a `YYYY-MM-DD` that `isIsoDay` accepts, or null. */
  read(raw: string): string | null {
    if (raw.length !== 10) return null;
    // Any ten characters give a slot; only a valid day is ever stored in one.
    const slot = daySlot(raw);
    const held = this.#days[slot]!;
    if (held === raw) return held;
    if (!isIsoDay(raw)) return null;
    this.#days[slot] = raw;
    return raw;
  }
}

/**
 * How a column's raw value is read. Ids are mostly distinct, so a memo would
 * only fill up: a non-empty trimmed id is its own value and is taken as it
 * is. A date already written `YYYY-MM-DD` is its own value too. Anything else
 * (an empty id, which a client id must not be; a date in another form; every
 * coded column) goes through the column's memoised parser.
 */
type ColumnKind = 'id' | 'day' | 'coded';
const KINDS: Partial<Record<ColumnName, ColumnKind>> = {
  client_id: 'id',
  family_id: 'id',
  staff_id: 'id',
  contact_id: 'id',
  date: 'day',
  birth_date: 'day',
  arrival_date: 'day',
  status_date: 'day',
};
const DATE = COLUMNS.findIndex((c) => c.name === 'date');
const BIRTH_DATE = COLUMNS.findIndex((c) => c.name === 'birth_date');

/**
 * A row parser for files with this header. Missing trailing fields count as
 * empty; fields beyond the header are ignored (the reader reports them).
 * The header must have no missing or duplicated columns.
 */
export function createRowParser(match: HeaderMatch): RowParser {
  if (match.missing.length > 0 || match.duplicates.length > 0) {
    throw new Error('createRowParser: the header has missing or duplicated columns');
  }
  // Columns in header order, so a row's problems read left to right; absent columns last.
  const plan = COLUMNS.map((spec, slot) => {
    const kind = KINDS[spec.name] ?? 'coded';
    return {
      slot,
      column: spec.name,
      index: match.index[spec.name] ?? -1,
      kind,
      reader: new MemoisedColumn(direct(spec.name), kind === 'day'),
      days: kind === 'day' ? new SharedDays() : null,
    };
  }).sort((a, b) => (a.index < 0 ? Infinity : a.index) - (b.index < 0 ? Infinity : b.index));

  const parseRow = (fields: readonly string[], line: number, file: string): RowResult => {
    let issues: { column: ColumnName; issues: Issue[] }[] | undefined;
    // One array per row, not one reused: storing new strings into a young array needs no
    // write barrier, and a slot left `undefined` below means "this row's value failed".
    const values: unknown[] = new Array(plan.length);
    for (const { slot, column, index, kind, reader, days } of plan) {
      const raw = index < 0 ? '' : (fields[index] ?? '');
      if (kind === 'id') {
        const id = isTrimmed(raw) ? raw : raw.trim();
        if (id !== '') {
          values[slot] = id;
          continue;
        }
      } else if (kind === 'day') {
        const day = days!.read(raw);
        if (day !== null) {
          values[slot] = day;
          continue;
        }
      }
      const cell = reader.read(raw);
      if (cell.ok) values[slot] = cell.value;
      else (issues ??= []).push({ column, issues: cell.issues });
    }
    const date = values[DATE] as string | undefined;
    const birthDate = values[BIRTH_DATE] as string | null | undefined;
    if (date !== undefined && typeof birthDate === 'string' && birthDate > date) {
      const cross = crossFieldIssues({ date, birth_date: birthDate });
      if (cross.length > 0) (issues ??= []).push({ column: 'birth_date', issues: cross });
    }
    if (issues !== undefined) {
      return {
        problems: issues.flatMap((i) =>
          issuesToProblems(i.issues, { file, line, column: i.column }),
        ),
      };
    }
    return { contact: toContact(values) };
  };
  return { parseRow };
}

/** Slots are in `COLUMNS` order; the literal keeps one object shape for every contact. */
function toContact(v: unknown[]): ContactFields {
  return {
    date: v[0] as ColumnValues['date'],
    clientId: v[1] as ColumnValues['client_id'],
    familyId: v[2] as ColumnValues['family_id'],
    gender: v[3] as ColumnValues['gender'],
    birthDate: v[4] as ColumnValues['birth_date'],
    citizenship: v[5] as ColumnValues['citizenship'],
    legalStatus: v[6] as ColumnValues['legal_status'],
    arrival: v[7] as ColumnValues['arrival'],
    arrivalDate: v[8] as ColumnValues['arrival_date'],
    statusDate: v[9] as ColumnValues['status_date'],
    location: v[10] as ColumnValues['location'],
    staffId: v[11] as ColumnValues['staff_id'],
    staffRole: v[12] as ColumnValues['staff_role'],
    service: v[13] as ColumnValues['service'],
    closureReason: v[14] as ColumnValues['case_closed_reason'],
    durationMin: v[15] as ColumnValues['duration_min'],
    contactId: v[16] as ColumnValues['contact_id'],
  };
}
