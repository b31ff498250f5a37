/**
 * Row validation: raw fields → a contact, or every problem in the row.
 * Pure; the reader supplies fields, physical line and file name.
 *
 * The rules are each column's parser (values/, listed in `COLUMN_PARSERS`)
 * and one rule between columns: a birth date is not after the contact date.
 */
import type { RowProblem } from '../errors.js';
import type { Contact, RowSource } from '../model/contact.js';
import { COLUMNS, type ColumnName } from './columns.js';
import type { HeaderMatch } from './header.js';
import { memoise } from './memo.js';
import type { Parsed } from './values/result.js';
import { COLUMN_PARSERS } from './values/schemas.js';

export type RowResult = { contact: Contact } | { problems: RowProblem[] };
export interface RowParser {
  /** Validates one row's fields; `line` is the physical line (header = 1). */
  parseRow(fields: readonly string[], line: number, file: string): RowResult;
}

/** True when every field is empty or blank: such rows are skipped, not errors. */
export function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** The rule between columns: a client is not born after their contact. Dates are `YYYY-MM-DD`. */
export function birthAfterContact(
  date: string,
  birthDate: string | null,
): Omit<RowProblem, 'file' | 'line'> | null {
  if (birthDate === null || birthDate <= date) return null;
  return {
    column: 'birth_date',
    reason: 'birth_date.after_contact',
    message: `birth date ${birthDate} is after the contact date ${date}`,
  };
}

/** Ids are mostly distinct: remembering them would only fill memory. */
const IDS: ReadonlySet<ColumnName> = new Set(['client_id', 'family_id', 'staff_id', 'contact_id']);

/**
 * Makes a contact from its fields' values in `COLUMNS` order and its source, as one object
 * literal written out from `COLUMNS`: every contact has the same shape whatever the header's
 * order, and V8 builds it in one step. Filling a copy field by field through
 * `contact[field] = value` took its slow path for stores to ever-changing keys on every row.
 */
const contactOf = new Function(
  'values',
  'source',
  `return { ${COLUMNS.map(({ field }, i) => `${field}: values[${i}]`).join(', ')}, seq: 0, source };`,
) as (values: readonly unknown[], source: RowSource) => Contact;

/**
 * A row parser for files with this header; `file` is the file's place in the
 * input, for each contact's `source`. Missing trailing fields count as empty;
 * fields beyond the header are ignored (the reader reports them). The header
 * must have no missing or duplicated columns.
 */
export function createRowParser(match: HeaderMatch, file = 0): RowParser {
  if (match.missing.length > 0 || match.duplicates.length > 0) {
    throw new Error('createRowParser: the header has missing or duplicated columns');
  }
  // Columns in header order, so that a row's problems read left to right; absent columns last.
  const position = (column: ColumnName) => match.index[column] ?? Infinity;
  const plan = COLUMNS.map(({ name }, slot) => {
    const parse = COLUMN_PARSERS[name] as (raw: string) => Parsed<unknown>;
    return {
      column: name,
      slot,
      index: match.index[name] ?? -1,
      parse: IDS.has(name) ? parse : memoise(parse),
    };
  }).sort((a, b) => position(a.column) - position(b.column));

  const parseRow = (fields: readonly string[], line: number, fileName: string): RowResult => {
    // A column that fails stays null, as an empty one.
    const values = new Array<unknown>(plan.length).fill(null);
    let problems: RowProblem[] | undefined;
    for (const { column, slot, index, parse } of plan) {
      const parsed = parse(index < 0 ? '' : (fields[index] ?? ''));
      if (parsed.ok) values[slot] = parsed.value;
      else
        (problems ??= []).push({
          file: fileName,
          line,
          column,
          reason: parsed.reason,
          message: parsed.message,
        });
    }
    const contact = contactOf(values, { file, line });
    // Checked only when both dates were read: a wrong date is its own problem already.
    const { date, birthDate } = contact as { date: string | null; birthDate: string | null };
    const cross = date === null ? null : birthAfterContact(date, birthDate);
    if (cross !== null) (problems ??= []).push({ file: fileName, line, ...cross });
    return problems === undefined ? { contact } : { problems };
  };
  return { parseRow };
}
