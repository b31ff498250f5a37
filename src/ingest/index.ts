/**
 * Ingest: reads every input file in order, validates each row, drops
 * duplicates, resolves client attributes and passes each valid contact on as
 * it is read, so that statistics aggregate in one streaming pass.
 */
import { stat } from 'node:fs/promises';
import { counted } from '../english.js';
import { EXIT, UserError, type RowProblem } from '../errors.js';
import type { Contact } from '../model/contact.js';
import { ClientTracker } from './clients.js';
import { Deduplicator } from './dedupe.js';
import { delimiterName } from './delimiter.js';
import {
  columnNamed,
  formatDuplicateColumns,
  formatMissingColumns,
  formatUnknownColumns,
  matchHeader,
  sameColumns,
  type HeaderMatch,
} from './header.js';
import { encodingName } from './decode.js';
import { openCsv, readRecords, type CsvFile } from './read.js';
import { memoise } from './memo.js';
import { PrintedTexts } from './printable.js';
import { createRowParser, isBlankRow } from './row.js';
import { looksLikePlace } from './values/location.js';
import { describeCell } from './values/shown.js';
import type {
  ContactSink,
  FileSummary,
  IngestOptions,
  IngestResult,
  IngestWarning,
} from './types.js';

export type * from './types.js';

export const UNKNOWN_COLUMN = 'unknown_column';
export const UNNAMED_COLUMN = 'unnamed_column';
export const SAME_FILE = 'same_file';
export const NOT_A_PLACE = 'location_not_a_place';

/** Which file on disk a path is (device and inode), so that a file reached twice is read once. */
async function fileIdentity(path: string): Promise<string | null> {
  const stats = await stat(path, { bigint: true }).catch(() => null);
  return stats === null || stats.ino === 0n ? null : `${stats.dev}:${stats.ino}`;
}
const SYNTAX = 'csv.syntax';
const TOO_MANY = 'row.too_many_fields';

/**
 * A row with more non-empty fields than the header has columns: its values
 * are probably shifted (a delimiter in an unquoted value), so none of them is
 * read. Empty extra fields (trailing delimiters) are harmless.
 */
function extraFields(fields: string[], width: number): string | null {
  if (fields.length <= width) return null;
  for (let i = width; i < fields.length; i++) {
    if (fields[i]!.trim() !== '') {
      return (
        `${fields.length} fields, but the header has ${width} columns ` +
        '(is a value with the delimiter in it missing its quotes?)'
      );
    }
  }
  return null;
}

/** Tallies of the whole run, kept small: counts, not rows. */
class Tally {
  problems: RowProblem[] = [];
  warnings: IngestWarning[] = [];
  rowsRead = 0;
  rowsValid = 0;
  rowsInvalid = 0;
  /** Invalid rows by the reason of their first problem, so that the counts sum to the total. */
  invalidByReason = new Map<string, number>();
  first: string | null = null;
  last: string | null = null;

  invalid(problems: RowProblem[]): void {
    this.rowsInvalid++;
    this.problems.push(...problems);
    const reason = problems[0]?.reason ?? 'unknown';
    this.invalidByReason.set(reason, (this.invalidByReason.get(reason) ?? 0) + 1);
  }

  valid(contact: Contact): void {
    this.rowsValid++;
    if (this.first === null || contact.date < this.first) this.first = contact.date;
    if (this.last === null || contact.date > this.last) this.last = contact.date;
  }
}

/** Says which encoding and delimiter a file was read with, for messages about its header. */
function readAs(file: CsvFile): string {
  return `read as ${encodingName(file.encoding)} with delimiter ${delimiterName(file.delimiter)}`;
}

const HEADER_REPEATED = 'row.header_repeated';
const DIGIT = /\d/;

/**
 * A line below the header that names the columns again (two exports pasted one under the
 * other): one problem saying so, rather than one per cell that is no value; null for any
 * other row. With the columns in another place than the header's it stops the file: the
 * rows under it would be read in the wrong columns. Asked only of invalid rows, which a
 * header line always is (its date cell is no date), and looked at closely only when the
 * cell under the date's or the client id's header names a column.
 */
function repeatedHeader(
  file: CsvFile,
  line: number,
  fields: readonly string[],
  header: { line: number; columns: HeaderMatch['index'] },
): RowProblem[] | null {
  // Where the header has the date and the client id, a repeated header has column names.
  const { date = -1, client_id: client = -1 } = header.columns;
  // No column's name has a digit, which a date or an id mostly has: no folding for those.
  const namesColumn = (at: number) => {
    const cell = fields[at] ?? '';
    return cell !== '' && !DIGIT.test(cell) && columnNamed(cell) !== undefined;
  };
  if (!namesColumn(date) && !namesColumn(client)) return null;
  const match = matchHeader(fields);
  if (match.missing.length > 0) return null;
  if (!sameColumns(match.index, header.columns)) {
    throw new UserError(
      `${file.name}:${line}: header: the columns are named again on this line, not as the ` +
        `header on line ${header.line} names them (two exports pasted one under the other?), ` +
        'so the rows below it would be read in the wrong columns; save each export as a file of ' +
        'its own and give them all with --input',
      EXIT.invalidData,
    );
  }
  return [
    {
      file: file.name,
      line,
      column: 'row',
      reason: HEADER_REPEATED,
      message: 'this line repeats the header (two exports pasted one under the other?); delete it',
    },
  ];
}

const NOT_UTF8 = 'encoding.not_utf8';

/**
 * The first column the row is read for whose cell holds bytes that are not
 * UTF-8 (U+FFFD once decoded), in header order; null when only ignored
 * columns do (their text is never read, so it cannot print garbled).
 */
function undecodableColumn(
  fields: readonly string[],
  columns: HeaderMatch['index'],
): string | null {
  const found = Object.entries(columns)
    .filter(([, index]) => fields[index]?.includes('\uFFFD'))
    .sort(([, a], [, b]) => a - b);
  return found[0]?.[0] ?? null;
}

function notUtf8Problem(file: string, line: number, column: string): RowProblem {
  return {
    file,
    line,
    column,
    reason: NOT_UTF8,
    message:
      'holds bytes that are not UTF-8, while the rest of the file is UTF-8 ' +
      '(was text pasted in from a Windows-1257 file?); retype the value, or save the file again as "CSV UTF-8"',
  };
}

function notUtf8Header(file: CsvFile, line: number): UserError {
  return new UserError(
    `${file.name}:${line}: header: holds bytes that are not UTF-8, while the rest of the file is UTF-8; ` +
      'retype the column names, or save the file again as "CSV UTF-8"',
    EXIT.invalidData,
  );
}

/** A header that cannot be used stops the run: no row of the file could be read right. */
function checkHeader(file: CsvFile, line: number, match: ReturnType<typeof matchHeader>): void {
  const errors: string[] = [];
  if (match.missing.length > 0) errors.push(formatMissingColumns(match));
  errors.push(...formatDuplicateColumns(match));
  if (errors.length === 0) return;
  throw new UserError(
    `${file.name}:${line}: header: ${errors.join('; ')} (${readAs(file)}; ` +
      'use --delimiter or --encoding if that is wrong)',
    EXIT.invalidData,
  );
}

/**
 * Reads the files in order and calls `onContact` for each valid, de-duplicated
 * contact. Row problems are collected, not thrown; a file that cannot be read
 * as an export at all is a UserError (exit 1).
 */
export async function ingest(
  options: IngestOptions,
  onContact: ContactSink,
): Promise<IngestResult> {
  const displayName = options.displayName ?? ((file: string) => file);
  const tally = new Tally();
  const dedupe = new Deduplicator();
  const clients = new ClientTracker();
  // Place names are the only free text the report prints.
  const places = new PrintedTexts('location');
  // A few places repeat on every row: each is judged once.
  const isPlace = memoise(looksLikePlace);
  const files: FileSummary[] = [];
  let seq = 0;

  /** Each file read so far by its identity on disk, with its name: a file is read once. */
  const read = new Map<string, string>();
  /** Files that cannot be read as exports: every one is reported, not only the first. */
  const failures: UserError[] = [];

  for (const path of options.files) {
    const name = displayName(path);
    const identity = await fileIdentity(path);
    const first = identity === null ? undefined : read.get(identity);
    if (first !== undefined) {
      tally.warnings.push({
        type: SAME_FILE,
        message: `${name}: the same file as ${first} (a link to it, or named twice); read once`,
      });
      continue;
    }
    if (identity !== null) read.set(identity, name);
    try {
      const summary = await readFile(path, name, files.length);
      files.push(summary);
    } catch (error) {
      if (!(error instanceof UserError) || error.exitCode !== EXIT.invalidData) throw error;
      failures.push(error);
    }
  }
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    throw new UserError(
      `${failures.length} files cannot be read as exports:\n` +
        failures.map((failure) => `  ${failure.message}`).join('\n'),
      EXIT.invalidData,
    );
  }

  /** Reads one file, tallying its rows and passing its contacts on; `index` is its place in `files`. */
  async function readFile(path: string, name: string, index: number): Promise<FileSummary> {
    const file = await openCsv(path, name, {
      encoding: options.encoding,
      delimiter: options.delimiter,
    });
    // Sized once for the file: growing the table as it fills would copy it each time. Exports
    // that overlap make this too much, by at most the repeated rows' 16 bytes each.
    dedupe.expect(file.approxRows ?? 0);
    let parser: ReturnType<typeof createRowParser> | null = null;
    let rows = 0;
    let width = 0;
    /** The header's line and the columns it names, by position. */
    let header: { line: number; columns: HeaderMatch['index'] } = { line: 0, columns: {} };
    /** Columns whose header cell is empty, with the rows that hold data in them. */
    let unnamed: { index: number; rows: number; first: number }[] = [];
    let sepLine = file.sepLine === true;
    await readRecords(file, {
      record(fields, line, undecodable) {
        if (isBlankRow(fields)) return;
        if (sepLine) {
          sepLine = false;
          return;
        }
        if (parser === null) {
          if (undecodable) throw notUtf8Header(file, line);
          const match = matchHeader(fields);
          checkHeader(file, line, match);
          const unknown = formatUnknownColumns(match);
          if (unknown !== null) {
            tally.warnings.push({
              type: UNKNOWN_COLUMN,
              message: `${file.name}:${line}: ${unknown}`,
            });
          }
          parser = createRowParser(match, index);
          header = { line, columns: match.index };
          unnamed = match.header.flatMap((cell, i) =>
            cell === '' ? [{ index: i, rows: 0, first: 0 }] : [],
          );
          width = fields.length;
          return;
        }
        rows++;
        tally.rowsRead++;
        for (const column of unnamed) {
          if ((fields[column.index] ?? '').trim() === '') continue;
          if (column.rows++ === 0) column.first = line;
        }
        const extra = extraFields(fields, width);
        if (extra !== null) {
          tally.invalid(
            repeatedHeader(file, line, fields, header) ?? [
              { file: file.name, line, column: 'row', reason: TOO_MANY, message: extra },
            ],
          );
          return;
        }
        if (undecodable) {
          const column = undecodableColumn(fields, header.columns);
          if (column !== null) {
            tally.invalid([notUtf8Problem(file.name, line, column)]);
            return;
          }
        }
        const parsed = parser.parseRow(fields, line, file.name);
        if ('problems' in parsed) {
          tally.invalid(repeatedHeader(file, line, fields, header) ?? parsed.problems);
          return;
        }
        const { contact } = parsed;
        if (dedupe.isDuplicate(contact)) return;
        if (contact.location !== null && !isPlace(contact.location)) {
          // Printed as a place it could put a phone number or an e-mail in the report.
          tally.warnings.push({
            type: NOT_A_PLACE,
            message:
              `${file.name}:${line}: location: ${describeCell(contact.location)} is not a place ` +
              'name (it has digits, @ or other marks no town has, or too many words); ' +
              'the client is counted under an unknown location',
          });
          contact.location = null;
        }
        contact.seq = seq++;
        tally.valid(contact);
        clients.add(contact);
        places.add(contact.location, () => `${file.name}:${line}`);
        onContact(contact);
      },
      syntaxError(line, message) {
        rows++;
        tally.rowsRead++;
        tally.invalid([{ file: file.name, line, column: 'row', reason: SYNTAX, message }]);
      },
    });
    if (parser === null) {
      throw new UserError(
        `${file.name}: no header: the file has only blank lines; expected a header line naming the columns (date, client_id, …)`,
        EXIT.invalidData,
      );
    }
    for (const column of unnamed.filter((c) => c.rows > 0)) {
      tally.warnings.push({
        type: UNNAMED_COLUMN,
        message:
          `${file.name}:${header.line}: column ${column.index + 1} has no name in the header but holds ` +
          `data on ${counted(column.rows, 'row')} (first on line ${column.first}); it is ignored: ` +
          'name it (merged header cells?) or delete it',
      });
    }
    return {
      name: file.name,
      sha256: file.sha256,
      bytes: file.bytes,
      encoding: file.encoding,
      delimiter: file.delimiter,
      rows,
    };
  }

  const fileNames = files.map((file) => file.name);
  const warnings = [
    ...tally.warnings,
    ...clients.warnings(fileNames),
    ...(await places.warnings(options.font)),
  ];
  return {
    problems: tally.problems,
    warnings,
    clients: clients.profiles(),
    dateRange:
      tally.first !== null && tally.last !== null ? { first: tally.first, last: tally.last } : null,
    files,
    dataQuality: {
      files: files.map((file) => ({ name: file.name, sha256: file.sha256, rows: file.rows })),
      rowsRead: tally.rowsRead,
      rowsValid: tally.rowsValid,
      rowsInvalid: {
        total: tally.rowsInvalid,
        byReason: countsSorted(tally.invalidByReason).map(([reason, count]) => ({ reason, count })),
      },
      duplicatesRemoved: dedupe.removed,
      warnings: countsSorted(countBy(warnings, (w) => w.type)).map(([type, count]) => ({
        type,
        count,
      })),
    },
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Entries sorted by key (code-point order), so that the JSON diffs cleanly. */
function countsSorted(counts: Map<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
