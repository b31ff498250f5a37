/**
 * Header matching: which header cell is which canonical column. Names match
 * ignoring case, surrounding spaces and Latvian diacritics (see `fold`).
 */
import { counted, forCount } from '../english.js';
import { COLUMNS, COLUMN_BY_NAME, REQUIRED_COLUMNS, type ColumnName } from './columns.js';
import { listAnd, listOr } from './normalize.js';
import { fold } from '../text.js';
import { showCell } from './values/shown.js';
import { closest, type Candidate } from './values/suggest.js';

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

/** The column a header cell names (`Datums` → date), or undefined when it names none. */
export function columnNamed(cell: string): ColumnName | undefined {
  return BY_FOLDED_NAME.get(fold(cell.trim()));
}

/** Whether two headers put every column the tool reads in the same place. */
export function sameColumns(a: HeaderMatch['index'], b: HeaderMatch['index']): boolean {
  const columns = Object.keys(a) as ColumnName[];
  return (
    columns.length === Object.keys(b).length && columns.every((column) => a[column] === b[column])
  );
}

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

/**
 * Names from a header line that names the required columns, for a message:
 * such a line is a header, so its cells are column names and are quoted, cut
 * short, at most `NAMES_SHOWN` of them, unless `isName` says a cell is no name.
 */
export function describeNames(
  names: readonly string[],
  isName: (name: string) => boolean = () => true,
): string {
  const shown = names
    .slice(0, NAMES_SHOWN)
    .map((name) => showCell(name, 'header', isName(name), NAME_LIMIT));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

const HEADER_CANDIDATES: readonly Candidate<ColumnName>[] = [...BY_FOLDED_NAME].map(
  ([key, target]) => ({ key, target }),
);
/** What separates names in a header line read with the wrong delimiter. */
const NAME_SEPARATORS = /[,;|\t]/;

/** A column's name or a near miss of one (`pilsonibas`). */
function isNameOrNearMiss(cell: string): boolean {
  const key = fold(cell);
  return BY_FOLDED_NAME.has(key) || closest(key, HEADER_CANDIDATES).length > 0;
}

/**
 * Whether a cell of a line that failed as a header is shown in the message:
 * a column's name, a near miss of one, or column names run together by a
 * wrong delimiter (`date|client_id|…`). Anything else may be a data value
 * (the header line is missing) or a title, and is only counted.
 */
export function looksLikeColumnName(cell: string): boolean {
  if (isNameOrNearMiss(cell)) return true;
  const parts = cell.split(NAME_SEPARATORS).filter((part) => part.trim() !== '');
  return parts.length > 1 && parts.filter((part) => BY_FOLDED_NAME.has(fold(part))).length > 1;
}

/** What a line that failed as a header holds: the column-like cells quoted, the others counted. */
function describeFound(header: readonly string[]): string {
  const cells = header.filter((name) => name !== '');
  if (cells.length === 0) return 'nothing';
  const names = cells.filter(looksLikeColumnName);
  if (names.length === 0) {
    return (
      `a line of ${counted(header.length, 'field')} that names no column ` +
      '(is the header line missing, or is a title row above it? its cells are not shown)'
    );
  }
  const others = cells.length - names.length;
  const rest =
    others === 0
      ? ''
      : ` and ${others} other ${forCount(others, 'cell', 'cells')} (not shown: not column names)`;
  return describeNames(names) + rest;
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
  return (
    `missing required ${noun} ${each.join(', ')}; ` +
    `the header must name ${REQUIRED_COLUMNS.join(', ')}; found ${describeFound(match.header)}`
  );
}

/** One message per column named twice: `columns "Datums" and "date" both mean date`. */
export function formatDuplicateColumns(match: HeaderMatch): string[] {
  return match.duplicates.map(
    ({ column, names }) =>
      `columns ${listAnd(names.map((n) => showCell(n, 'header', true, NAME_LIMIT)))} both mean ${column}`,
  );
}

/** What no column's name has, but a phone number, a personal code or an e-mail does. */
const NOT_IN_COLUMN_NAMES = /\d{4}|@/;
const MAX_NAME_WORDS = 6;

/**
 * Whether an unknown header cell can be a name someone gave a column (`Piezīmes`,
 * `Ilgums (min)`, `Column12`): a phone number, personal code, e-mail or note typed into
 * the header line cannot, and is described instead of quoted. A person's name alone
 * cannot be told from a column's by its shape.
 */
function looksLikeOwnName(name: string): boolean {
  return !NOT_IN_COLUMN_NAMES.test(name) && name.split(/\s+/).length <= MAX_NAME_WORDS;
}

/** The one warning about ignored columns, or null when there are none. */
export function formatUnknownColumns(match: HeaderMatch): string | null {
  if (match.unknown.length === 0) return null;
  const noun = forCount(match.unknown.length, 'column', 'columns');
  return `ignored unknown ${noun} ${describeNames(match.unknown, looksLikeOwnName)}`;
}
