/**
 * Row validation: raw fields → a contact, or every problem in the row.
 * Pure; the reader supplies fields, physical line and file name.
 *
 * The rules are each column's parser (values/, listed in `COLUMN_PARSERS`)
 * and one rule between columns: a birth date is not after the contact date.
 */
import type { RowProblem } from '../errors.js';
import type { Contact } from '../model/contact.js';
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

/** Every contact starts as a copy of this, so that all contacts share one shape whatever the header's order. */
const EMPTY_CONTACT = Object.fromEntries([
  ...COLUMNS.map((column) => [column.field, null]),
  ['seq', 0],
  ['source', null],
]) as unknown as Contact;

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
  const plan = [...COLUMNS]
    .sort((a, b) => position(a.name) - position(b.name))
    .map(({ name, field }) => {
      const parse = COLUMN_PARSERS[name] as (raw: string) => Parsed<unknown>;
      return {
        column: name,
        field,
        index: match.index[name] ?? -1,
        parse: IDS.has(name) ? parse : memoise(parse),
      };
    });

  const parseRow = (fields: readonly string[], line: number, fileName: string): RowResult => {
    const contact: Record<string, unknown> = { ...EMPTY_CONTACT };
    let problems: RowProblem[] | undefined;
    for (const { column, field, index, parse } of plan) {
      const parsed = parse(index < 0 ? '' : (fields[index] ?? ''));
      if (parsed.ok) contact[field] = parsed.value;
      else
        (problems ??= []).push({
          file: fileName,
          line,
          column,
          reason: parsed.reason,
          message: parsed.message,
        });
    }
    // Checked only when both dates were read: a wrong date is its own problem already.
    const { date, birthDate } = contact as unknown as Contact;
    const cross = date === null ? null : birthAfterContact(date, birthDate);
    if (cross !== null) (problems ??= []).push({ file: fileName, line, ...cross });
    if (problems !== undefined) return { problems };
    contact['source'] = { file, line };
    return { contact: contact as unknown as Contact };
  };
  return { parseRow };
}
