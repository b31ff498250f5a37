/**
 * The synthetic-export generator: realistic, made-up contact exports of any
 * size for fixtures, tests and benchmarks. Deterministic for a seed; rows are
 * written as they are generated, so memory does not grow with the row count.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { generateContacts, type ContactOptions, type SyntheticContact } from './contacts.js';
import { csvLine, encode, formatRow, headerOf, type ExportStyle } from './format.js';
import { dayNumber } from '../../src/calendar.js';

export { generateContacts, type ContactOptions, type SyntheticContact } from './contacts.js';
export { EXPORT_STYLES, type ExportStyle } from './format.js';

const BATCH = 64 * 1024;

/** Writes contacts as one export file's bytes (header first); resolves with the rows written. */
export async function writeContacts(
  out: Writable,
  style: ExportStyle,
  contacts: Iterable<SyntheticContact>,
): Promise<number> {
  let text = csvLine(style, headerOf(style));
  let rows = 0;
  const flush = async () => {
    if (!out.write(encode(style, text))) await once(out, 'drain');
    text = '';
  };
  for (const contact of contacts) {
    text += csvLine(style, formatRow(style, contact));
    rows++;
    if (text.length >= BATCH) await flush();
  }
  await flush();
  return rows;
}

/** Writes one synthetic export of `options.rows` rows. */
export function writeExport(
  out: Writable,
  options: ContactOptions & { style: ExportStyle },
): Promise<number> {
  return writeContacts(out, options.style, generateContacts(options));
}

/**
 * Splits one stream of contacts at a date into two exports: what comes before
 * `splitAt` in the first style, the rest in the second (the shipped sample
 * pairs a Latvian Excel file for the first half-year with a UTF-8 file).
 */
export async function writeSplitExport(
  first: { out: Writable; style: ExportStyle },
  second: { out: Writable; style: ExportStyle },
  options: ContactOptions & { splitAt: string },
): Promise<[number, number]> {
  const split = dayNumber(options.splitAt);
  // Two passes over the same seed: each file's rows are streamed, never collected.
  const before = function* () {
    for (const c of generateContacts(options)) if (c.day < split) yield c;
  };
  const after = function* () {
    for (const c of generateContacts(options)) if (c.day >= split) yield c;
  };
  return [
    await writeContacts(first.out, first.style, before()),
    await writeContacts(second.out, second.style, after()),
  ];
}
