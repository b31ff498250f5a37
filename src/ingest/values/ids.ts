/**
 * Pseudonymous ids (client, family, staff, contact): trimmed, compared
 * case-sensitively, and never quoted in any message.
 */
import { quote } from '../normalize.js';
import { fail, ok, type Parsed } from './result.js';
import { isExcelError } from './shown.js';

/**
 * An Excel error value (`#N/A`) where an id should be: a formula that failed. Taken as an id,
 * every such row would be one client (or family, staff member, contact: rows with one
 * contact id are duplicates and dropped), so it is refused; the value is quoted, being no id.
 */
function excelError(column: string, text: string): Parsed<never> | null {
  if (!isExcelError(text)) return null;
  return fail(
    `${column}.excel_error`,
    `holds Excel's error value ${quote(text)} (a formula failed), not an id: ` +
      'fix the formula, or paste the ids in as values',
  );
}

/** The client id: required and non-empty. */
export function parseClientId(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return fail('client_id.empty', 'must not be empty');
  return excelError('client_id', text) ?? ok(text);
}

/** The parser of an optional id column: trimmed, empty → null. */
export function optionalId(
  column: 'family_id' | 'staff_id' | 'contact_id',
): (raw: string) => Parsed<string | null> {
  return (raw) => {
    const text = raw.trim();
    if (text === '') return ok(null);
    return excelError(column, text) ?? ok(text);
  };
}
