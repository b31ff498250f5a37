/** The contact's duration in whole minutes, 1 to 1440 (one day). */
import { fail, ok, type Parsed } from './result.js';
import { showCell } from './shown.js';

export const MAX_MINUTES = 1440;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const EXPECTED = `expected whole minutes from 1 to ${MAX_MINUTES}`;

/** Whole minutes; `60.0` is whole, `1.5` is not; empty → null. */
export function parseDuration(raw: string): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  if (!NUMBER.test(text))
    return fail('duration.invalid', `invalid duration ${showCell(text, 'number')} (${EXPECTED})`);
  const minutes = Number(text.replace(',', '.'));
  if (!Number.isInteger(minutes)) {
    return fail(
      'duration.not_whole',
      `duration ${showCell(text, 'number')} is not a whole number of minutes (${EXPECTED})`,
    );
  }
  if (minutes < 1 || minutes > MAX_MINUTES) {
    return fail(
      'duration.out_of_range',
      `duration ${showCell(text, 'number')} is out of range (${EXPECTED})`,
    );
  }
  return ok(minutes);
}
