/**
 * Header matching: which header cell is which canonical column. Names match
 * ignoring case, surrounding spaces and Latvian diacritics (see `fold`).
 */
import { counted, forCount } from '../english.js';
import { COLUMNS, COLUMN_BY_NAME, REQUIRED_COLUMNS, type ColumnName } from './columns.js';
import { listAnd, listOr, quote } from './normalize.js';
import { fold } from '../text.js';

export interface HeaderMatch {
  /** The header cells as read: trimmed, a leading byte-order mark removed. */
  header: string[];
  /** Position of each canonical column found in the header. */
  index: Partial<Record<ColumnName, number>>;
  /** Header names that are no column of the contract, in header order (empty cells left out). */
  unknown: string[];
  /** Required columns the header lacks, in the contract's order (docs/input-format.md). */
  missing: ColumnName[];
  /** Columns named by more than one header cell (an error): the names used, in header order. */
  duplicates: { column: ColumnName; names: string[] }[];
}

const BY_FOLDED_NAME: ReadonlyMap<string, ColumnName> = new Map(
  COLUMNS.flatMap((c) => [c.name, ...c.aliases].map((name) => [fold(name), c.name] as const)),
);

/** Matches header cells to the contract's columns. */
export function matchHeader(fields: readonly string[]): HeaderMatch {
  const header = fields.map((field, i) => (i === 0 ? field.replace(/^\uFEFF/, '') : field).trim());
  const index: Partial<Record<ColumnName, number>> = {};
  const namesOf = new Map<ColumnName, string[]>();
  const unknown: string[] = [];
  header.forEach((name, i) => {
    if (name === '') return;
    const column = BY_FOLDED_NAME.get(fold(name));
    if (column === undefined) {
      unknown.push(name);
      return;
    }
    const names = namesOf.get(column);
    if (names === undefined) {
      namesOf.set(column, [name]);
      index[column] = i;
    } else {
      names.push(name);
    }
  });
  const duplicates = [...namesOf]
    .filter(([, names]) => names.length > 1)
    .map(([column, names]) => ({ column, names }));
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  return { header, index, unknown, missing, duplicates };
}

const NAME_LIMIT = 30;
const NAMES_SHOWN = 25;

/** Header names for a message: each quoted and cut short, at most `NAMES_SHOWN` of them. */
export function describeNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map((name) => quote(name, NAME_LIMIT));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;

/**
 * A "header" that names no column but holds a date is a data row (the header
 * line is missing, or the delimiter is wrong): its cells are ids, names and
 * notes, which no message may quote.
 */
function looksLikeData(match: HeaderMatch): boolean {
  const named = Object.keys(match.index).length + match.duplicates.length;
  return named === 0 && match.header.some((name) => DATE_LIKE.test(name));
}

/**
 * `missing required column citizenship (or pilsoniba, pilsonība, valsts, country); …`:
 * what was expected and the header that was found.
 */
export function formatMissingColumns(match: HeaderMatch): string {
  const each = match.missing.map((column) => {
    const aliases = COLUMN_BY_NAME.get(column)?.aliases ?? [];
    return `${column} (or ${listOr(aliases)})`;
  });
  const noun = forCount(match.missing.length, 'column', 'columns');
  const found = match.header.some((name) => name !== '')
    ? looksLikeData(match)
      ? `a line of ${counted(match.header.length, 'field')} holding a date, not column names ` +
        '(is the header line missing? data values are not shown)'
      : describeNames(match.header)
    : 'nothing';
  return (
    `missing required ${noun} ${each.join(', ')}; ` +
    `the header must name ${REQUIRED_COLUMNS.join(', ')}; found ${found}`
  );
}

/** One message per column named twice: `columns "Datums" and "date" both mean date`. */
export function formatDuplicateColumns(match: HeaderMatch): string[] {
  return match.duplicates.map(
    ({ column, names }) =>
      `columns ${listAnd(names.map((n) => quote(n, NAME_LIMIT)))} both mean ${column}`,
  );
}

/** The one warning about ignored columns, or null when there are none. */
export function formatUnknownColumns(match: HeaderMatch): string | null {
  if (match.unknown.length === 0) return null;
  const noun = forCount(match.unknown.length, 'column', 'columns');
  return `ignored unknown ${noun} ${describeNames(match.unknown)}`;
}
