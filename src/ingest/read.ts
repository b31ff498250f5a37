/**
 * Reading one CSV file (the fs edge of ingest): a first pass over the bytes
 * decides the encoding and computes the SHA-256; the header line decides the
 * delimiter; a second, streaming pass hands every record to a sink with its
 * physical line number. The file is never held in memory as a whole.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { EXIT, UserError } from '../errors.js';
import { decodeHead, hasUtf8Bom, notCsvReason, OneByteToUtf8, Utf8Checker } from './decode.js';
import { detectDelimiter, firstNonEmptyLine } from './delimiter.js';
import { LineEndScanner, recordDelimiters, type LineEnds } from './line-ends.js';
import type { Delimiter, Encoding } from './types.js';

const CHUNK = 256 * 1024;
const LF = 10;
const CR = 13;
const HEAD = 64 * 1024;
/**
 * More than csv-parse can have been handed and not parsed yet when a chunk
 * is read: that chunk (a Windows-1257 chunk becomes up to three UTF-8
 * bytes a byte) and the few bytes it holds back to look ahead.
 */
const UNPARSED_SLACK = 4 * CHUNK;

/**
 * The longest record read, in the UTF-8 bytes csv-parse reads (a character
 * each in ASCII), its line break included. A contact row is a few hundred;
 * even every column at Excel's cell limit (32,767) stays far below. Beyond
 * it the file is not an export (or a quote swallowed the rest of it), and
 * reading on would only grow one field in memory.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** What the first pass learnt about a file. */
export interface FileScan {
  bytes: number;
  sha256: string;
  /** Every byte sequence is valid UTF-8. */
  utf8: boolean;
  /** The first bytes, for sniffing the header line and recognising non-CSV files. */
  head: Buffer;
  lineEnds: LineEnds;
}

/** A file ready to be read: where it is, how it is shown, and how it is encoded. */
export interface CsvFile {
  path: string;
  /** The name used in messages and the JSON. */
  name: string;
  bytes: number;
  sha256: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** How the file's lines end (from the first pass); unknown counts as mixed (LF and CRLF). */
  lineEnds?: LineEnds;
  /** About how many rows the file has (`approximateRows`), for sizing tables. */
  approxRows?: number;
}

/** Receives the records of a file in order. */
export interface RecordSink {
  record(fields: string[], line: number): void;
  /** A record csv-parse could not read; reading goes on with the next one. */
  syntaxError(line: number, message: string): void;
}

/** First pass: size, SHA-256 and whether the whole file is valid UTF-8. */
export async function scanFile(path: string): Promise<FileScan> {
  const hash = createHash('sha256');
  const checker = new Utf8Checker();
  const lineEnds = new LineEndScanner();
  const headParts: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    checker.push(chunk);
    lineEnds.push(chunk);
    bytes += chunk.length;
    if (headLength < HEAD) {
      headParts.push(chunk.subarray(0, HEAD - headLength));
      headLength += headParts[headParts.length - 1]!.length;
    }
  }
  return {
    bytes,
    sha256: hash.digest('hex'),
    utf8: checker.end(),
    head: Buffer.concat(headParts),
    lineEnds: lineEnds.end(),
  };
}

/**
 * Scans a file and decides how to read it (forced options win over detection).
 * A file that is not CSV at all is a UserError (exit 1) naming what was found.
 */
export async function openCsv(
  path: string,
  name: string,
  forced: { encoding?: Encoding; delimiter?: Delimiter } = {},
): Promise<CsvFile> {
  const scan = await scanFile(path).catch((error: unknown) => {
    throw unreadable(name, error);
  });
  const notCsv = notCsvReason(scan.head, scan.bytes);
  if (notCsv) throw new UserError(`${name}: ${notCsv}`, EXIT.invalidData);
  const encoding = forced.encoding ?? (scan.utf8 ? 'utf-8' : 'windows-1257');
  const headerLine = firstNonEmptyLine(decodeHead(scan.head, encoding));
  const delimiter = forced.delimiter ?? detectDelimiter(headerLine ?? '');
  const { bytes, sha256, lineEnds } = scan;
  const approxRows = approximateRows(scan.head, bytes);
  return { path, name, bytes, sha256, encoding, delimiter, lineEnds, approxRows };
}

/**
 * Lines shorter than this are not counted as rows when estimating: a head of
 * blank or stray short lines would otherwise promise millions of rows. (A
 * row of the required columns alone is longer.)
 */
const MIN_ROW_BYTES = 32;

/**
 * About how many rows a file of `bytes` bytes has, at the rate of rows in its
 * first bytes (so never more than one per `MIN_ROW_BYTES`); 0 when the head
 * shows no row. A guess for sizing tables: it may be off either way.
 */
export function approximateRows(head: Buffer, bytes: number): number {
  const lineBreak = head.includes(LF) ? LF : CR;
  let rows = 0;
  let start = 0;
  for (let at = head.indexOf(lineBreak); at !== -1; at = head.indexOf(lineBreak, at + 1)) {
    if (at - start >= MIN_ROW_BYTES) rows++;
    start = at + 1;
  }
  if (rows === 0) return 0;
  return Math.ceil((rows / head.length) * bytes);
}

/**
 * A file the system will not let us read (no permission, locked by Excel,
 * gone since it was listed) is the user's to fix: a UserError naming the file
 * by its display name and the system's code, never the absolute path.
 */
function unreadable(name: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error;
  const hint =
    code === 'EBUSY' || code === 'EPERM'
      ? ' (is it open in another program, such as Excel?)'
      : code === 'EACCES'
        ? ' (no permission to read it)'
        : '';
  return new UserError(`${name}: cannot read the file: ${code}${hint}`, EXIT.invalidData);
}

/** Counts line breaks inside a record's fields when every break is an LF or a CRLF's LF. */
function lineFeeds(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Counts line breaks (CRLF, LF or a lone CR) inside a record's fields. */
function lineBreaks(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    // Native searches first: nearly every field has no line break at all.
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    for (let i = 0; i < field.length; i++) {
      const code = field.charCodeAt(i);
      if (code === 10) count++;
      else if (code === 13 && field.charCodeAt(i + 1) !== 10) count++;
    }
  }
  return count;
}

/** Windows-1257 bytes → UTF-8 bytes, streaming; a stray UTF-8 BOM is dropped too. */
function transcodingStream(encoding: Exclude<Encoding, 'utf-8'>): Transform {
  const transcoder = new OneByteToUtf8(encoding);
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const bytes = first && hasUtf8Bom(chunk) ? chunk.subarray(3) : chunk;
      first = false;
      done(null, transcoder.transcode(bytes));
    },
  });
}

/**
 * Second pass: streams the file through csv-parse and hands every record,
 * blank ones included, to the sink with the physical line it starts on.
 * Lines are counted here from the records (blank lines are records too):
 * csv-parse counts a CRLF inside quotes as two lines, and its per-record
 * context costs a third of its own time. An unclosed quote is fatal: the rest
 * of the file would be one field, and nothing may be dropped silently.
 *
 * A row longer than `maxRecordChars` (in bytes from its start to the end of
 * its line break, as csv-parse counts `info.bytes`) is fatal too. It is
 * measured here, once per record and once per chunk read, not by csv-parse's
 * `max_record_size`, which adds a test to every byte it parses (3% of its
 * work). A row still open is measured per chunk, so it is caught within
 * `UNPARSED_SLACK` of the limit, before it can grow much in memory; at the
 * end of the file it is measured exactly.
 */
export async function readRecords(
  file: CsvFile,
  sink: RecordSink,
  maxRecordChars = MAX_RECORD_CHARS,
): Promise<void> {
  let line = 0; // the last physical line consumed
  let failure: unknown = null;
  let unclosedQuote = false;
  let fed = 0; // bytes handed to csv-parse
  let recordStart = 0; // where the row being read starts, in csv-parse's `info.bytes`
  const tooLong = (startLine: number) =>
    new UserError(
      `${file.name}:${startLine}: the row starting on this line is longer than ` +
        `${maxRecordChars.toLocaleString('en-US')} characters, so the file cannot be a contact export ` +
        '(or a quote is never closed and swallows the lines after it); check the file and its quotes',
      EXIT.invalidData,
    );
  const lineEnds = file.lineEnds ?? 'mixed';
  const countBreaks = lineEnds === 'cr' ? lineBreaks : lineFeeds;
  // csv-parse's own line count when the previous record was handed over, or NaN when unknown.
  let parserLines = Number.NaN;
  let records = 0;
  const parser = parse({
    delimiter: file.delimiter,
    bom: true,
    // Hand-edited files mix line endings; csv-parse would otherwise fix on the first it sees.
    record_delimiter: recordDelimiters(lineEnds),
    relax_column_count: true,
    // `PMIC "Mucenieki"` unquoted is common in hand-edited files: keep the quotes as text.
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        // Raised at the end of input: it is reported once every record before it was handled.
        unclosedQuote = true;
        return;
      }
      // With relax_quotes nothing else is expected here; the line is the best known one. Not
      // csv-parse's own message: it may quote the row's text, and counts lines its own way.
      if (failure === null) {
        sink.syntaxError(
          line + 1,
          `the row cannot be read as CSV (${error?.code ?? 'unknown'}); check its quotes`,
        );
      }
      recordStart = parser.info.bytes;
      line++;
      parserLines = Number.NaN;
    },
  });
  /** Stops reading at the first failure; records after it are not handed over. */
  const stop = (error: unknown) => {
    failure = error;
    parser.destroy(error as Error);
  };
  parser.on('data', (fields: string[]) => {
    const start = line + 1;
    records++;
    // csv-parse counts lines too, only not exactly (see above), so its count just says when
    // to look: a record handed over as soon as it was parsed, one line after the previous
    // one, has no line break inside. Searching every field of every row costs 2% of parsing.
    const { lines, records: parsed } = parser.info;
    const oneLine = lines - parserLines === 1 && parsed === records;
    line = oneLine ? start : start + countBreaks(fields);
    parserLines = parsed === records ? lines : Number.NaN;
    if (failure !== null) return;
    const length = parser.info.bytes - recordStart;
    recordStart = parser.info.bytes;
    if (length > maxRecordChars) {
      stop(tooLong(start));
      return;
    }
    try {
      sink.record(fields, start);
    } catch (error) {
      stop(error);
    }
  });
  const source = createReadStream(file.path, { highWaterMark: CHUNK });
  const decoder = file.encoding === 'utf-8' ? null : transcodingStream(file.encoding);
  const reading = decoder === null ? pipeline(source, parser) : pipeline(source, decoder, parser);
  // Listening after `pipeline` has piped the streams: csv-parse has parsed each chunk by then.
  (decoder ?? source).on('data', (chunk: Buffer) => {
    fed += chunk.length;
    if (fed - recordStart > maxRecordChars + UNPARSED_SLACK && failure === null) {
      stop(tooLong(line + 1));
    }
  });
  try {
    await reading;
  } catch (error) {
    if (failure === null) throw unreadable(file.name, error);
  }
  if (failure !== null) throw failure;
  // At the end every byte is parsed: a row still open is measured exactly.
  if (unclosedQuote && fed - recordStart > maxRecordChars) throw tooLong(line + 1);
  if (unclosedQuote) {
    throw new UserError(
      `${file.name}:${line + 1}: a quoted field starting on this line is never closed ` +
        '(a " without its closing "), so the rest of the file cannot be read; fix the quotes and run again',
      EXIT.invalidData,
    );
  }
}
