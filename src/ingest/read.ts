/**
 * Reading one CSV file (the fs edge of ingest) in one streaming pass: the
 * first chunk decides the delimiter (from the header line) and, when it
 * holds any non-ASCII byte, the encoding; the stream then computes the
 * SHA-256, checks the UTF-8, decides the encoding of a file whose head is
 * ASCII, rewrites CRLF as LF and hands every record to a sink with its
 * physical line number. The file is never held in memory as a whole, and
 * read once (its first chunk twice).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { EXIT, fileProblem, UserError } from '../errors.js';
import { grouped } from '../english.js';
import {
  decodeHead,
  encodingEvidence,
  findUtf8Sequence,
  hasUtf8Bom,
  notCsvReason,
  OneByteToUtf8,
  Utf8Checker,
} from './decode.js';
import { detectDelimiter, firstNonEmptyLine, sepLineDelimiter } from './delimiter.js';
import { CrlfToLf, lineEndsOf, recordDelimiters, type LineEnds } from './line-ends.js';
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
 * What csv-parse is handed at a time: a chunk read goes on in pieces of Node's default
 * read size, on which csv-parse does less work per byte than on a whole chunk (ingest
 * against itself fed whole chunks, in alternated pairs). The chunk itself stays what
 * the hash and the encoding checks see.
 */
const PARSE_PIECE = 64 * 1024;

/**
 * The longest record read, in the UTF-8 bytes csv-parse reads (a character
 * each in ASCII), its line break included. A contact row is a few hundred;
 * even every column at Excel's cell limit (32,767) stays far below. Beyond
 * it the file is not an export (or a quote swallowed the rest of it), and
 * reading on would only grow one field in memory.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** A file ready to be read: where it is, how it is shown, and how it is encoded. */
export interface CsvFile {
  path: string;
  /** The name used in messages and the JSON. */
  name: string;
  bytes: number;
  /** The SHA-256 of the bytes, once `readRecords` has read them all ('' before). */
  sha256: string;
  /**
   * The encoding: forced, or decided on the evidence of the first chunk. A
   * file whose first chunk is ASCII reads as UTF-8 until its first non-ASCII
   * byte decides; `readRecords` updates this then.
   */
  encoding: Encoding;
  /** The encoding was forced (`--encoding`) or decided: it no longer changes while reading. */
  encodingDecided: boolean;
  /** The encoding was forced with `--encoding`: no evidence is looked for. */
  encodingForced?: boolean;
  delimiter: Delimiter;
  /** How the file's lines end (from its first chunk). */
  lineEnds?: LineEnds;
  /** The file starts with Excel's `sep=;` line, which is no header and is skipped. */
  sepLine?: boolean;
  /** About how many rows the file has (`approximateRows`), for sizing tables. */
  approxRows?: number;
}

/** Receives the records of a file in order. */
export interface RecordSink {
  /**
   * A record and the physical line it starts on. `undecodable` says that a
   * field holds bytes that are not valid UTF-8 (shown as U+FFFD) in a file
   * read as UTF-8.
   */
  record(fields: string[], line: number, undecodable: boolean): void;
  /** A record csv-parse could not read; reading goes on with the next one. */
  syntaxError(line: number, message: string): void;
}

/** The first `HEAD` bytes of a file and its size. */
async function readHead(path: string): Promise<{ head: Buffer; bytes: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
    return { head: buffer.subarray(0, bytesRead), bytes: size };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file's head and decides how to read it (forced options win over
 * detection). A file that is not CSV at all is a UserError (exit 1) naming
 * what was found.
 */
export async function openCsv(
  path: string,
  name: string,
  forced: { encoding?: Encoding; delimiter?: Delimiter } = {},
): Promise<CsvFile> {
  const { head, bytes } = await readHead(path).catch((error: unknown) => {
    throw unreadable(name, error);
  });
  const notCsv = notCsvReason(head, bytes);
  if (notCsv) throw new UserError(`${name}: ${notCsv}`, EXIT.invalidData);
  const evidence =
    head.length < bytes ? encodingEvidence(head) : (encodingEvidence(head) ?? 'utf-8');
  const encoding = forced.encoding ?? evidence ?? 'utf-8';
  const firstLine = firstNonEmptyLine(decodeHead(head, encoding));
  const sep = firstLine === null ? null : sepLineDelimiter(firstLine);
  const delimiter = forced.delimiter ?? sep ?? detectDelimiter(firstLine ?? '');
  const approxRows = approximateRows(head, bytes);
  return {
    path,
    name,
    bytes,
    sha256: '',
    encoding,
    encodingDecided: forced.encoding !== undefined || evidence !== null,
    encodingForced: forced.encoding !== undefined,
    delimiter,
    lineEnds: lineEndsOf(head),
    sepLine: sep !== null,
    approxRows,
  };
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
  const problem = fileProblem(error);
  if (problem === null) return error;
  return new UserError(`${name}: cannot read the file: ${problem}`, EXIT.invalidData);
}

/** Counts line breaks inside a record's fields: LFs (CRLFs were rewritten as LF before parsing). */
function lineFeeds(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Counts line breaks inside a record's fields in a file whose lines end with a lone CR. */
function carriageReturns(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\r'); at !== -1; at = field.indexOf('\r', at + 1)) count++;
  }
  return count;
}

/**
 * A byte that stops the reading of a file (UTF-8 in a file read as Windows-1257, a NUL), at
 * an offset; turned into the user's message once the line holding it is counted.
 */
class StopAt extends Error {
  constructor(
    readonly offset: number,
    readonly problem: (file: CsvFile, line: number) => UserError,
  ) {
    super('a byte that stops the reading of the file');
  }
}

/**
 * The bytes of a file on their way to csv-parse: hashed as they are, checked
 * as UTF-8 or transcoded from Windows-1257 to UTF-8, CRLF rewritten as LF.
 * A file whose head was ASCII is decided at its first non-ASCII chunk.
 */
class Reading extends Transform {
  readonly #file: CsvFile;
  readonly #hash = createHash('sha256');
  readonly #checker = new Utf8Checker();
  readonly #crlf: CrlfToLf | null;
  #transcoder: OneByteToUtf8 | null = null;
  /** The last bytes of the previous chunk, where a UTF-8 sequence cut in two starts. */
  #tail: Buffer = Buffer.alloc(0);
  #offset = 0;
  #first = true;

  constructor(file: CsvFile) {
    super();
    this.#file = file;
    this.#crlf = file.lineEnds === 'cr' ? null : new CrlfToLf();
  }

  /** Some byte read as UTF-8 was not valid UTF-8: the records after it may hold U+FFFD. */
  get invalidUtf8(): boolean {
    return !this.#checker.valid;
  }

  get sha256(): string {
    return this.#hash.digest('hex');
  }

  get bytes(): number {
    return this.#offset;
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ): void {
    this.#hash.update(chunk);
    const offset = this.#offset;
    // The head was checked for NUL bytes when the file was opened; one further on (a damaged
    // copy, zeros where a block was lost) is no more text than one there.
    const nul = chunk.indexOf(0);
    if (nul !== -1) {
      done(new StopAt(offset + nul, nulByte));
      return;
    }
    this.#offset += chunk.length;
    const file = this.#file;
    if (!file.encodingDecided) {
      const evidence = encodingEvidence(chunk);
      if (evidence !== null) {
        file.encoding = evidence;
        file.encodingDecided = true;
      }
    }
    let out = chunk;
    if (file.encoding === 'utf-8') {
      this.#checker.push(chunk);
    } else {
      if (!file.encodingForced) {
        // UTF-8 in a file read as Windows-1257 would print as `RÄ«ga`: stop instead.
        const bytes = Buffer.concat([this.#tail, chunk]);
        const at = findUtf8Sequence(bytes);
        if (at !== -1) {
          done(new StopAt(offset - this.#tail.length + at, mixedEncodings));
          return;
        }
        this.#tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 3)));
      }
      this.#transcoder ??= new OneByteToUtf8(file.encoding);
      // A UTF-8 byte-order mark at the start of a Windows-1257 file is dropped.
      out = this.#transcoder.transcode(
        this.#first && hasUtf8Bom(chunk) ? chunk.subarray(3) : chunk,
      );
    }
    this.#first = false;
    const text = this.#crlf === null ? out : this.#crlf.push(out);
    for (let at = 0; at < text.length; at += PARSE_PIECE) {
      this.push(text.subarray(at, at + PARSE_PIECE));
    }
    done();
  }

  override _flush(done: (error?: Error | null, data?: Buffer) => void): void {
    // A letter cut off by the end of the file (a truncated copy) is not UTF-8 either: the last
    // record, parsed after this, then holds U+FFFD and is reported like any other such cell.
    if (this.#file.encoding === 'utf-8') this.#checker.end();
    const rest = this.#crlf?.end();
    done(null, rest !== undefined && rest.length > 0 ? rest : undefined);
  }
}

/** The physical line holding the byte at `offset`: line breaks before it, plus one. */
async function lineAt(file: CsvFile, offset: number): Promise<number> {
  const lineBreak = file.lineEnds === 'cr' ? CR : LF;
  let line = 1;
  if (offset === 0) return line;
  const stream = createReadStream(file.path, { end: offset - 1, highWaterMark: CHUNK });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(lineBreak); at !== -1; at = chunk.indexOf(lineBreak, at + 1))
      line++;
  }
  return line;
}

/**
 * Streams the file through csv-parse and hands every record, blank ones
 * included, to the sink with the physical line it starts on. Lines are
 * counted here from the records (blank lines are records too): csv-parse
 * counts a CRLF inside quotes as two lines, and its per-record context costs
 * a third of its own time. An unclosed quote is fatal: the rest of the file
 * would be one field, and nothing may be dropped silently. So is UTF-8 text
 * in a file read as Windows-1257 (its letters would print garbled). When it
 * returns, `file` has its size, SHA-256 and final encoding.
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
        `${grouped(maxRecordChars)} characters, so the file cannot be a contact export ` +
        '(or a quote is never closed and swallows the lines after it); check the file and its quotes',
      EXIT.invalidData,
    );
  const lineEnds = file.lineEnds ?? 'lf';
  const countBreaks = lineEnds === 'cr' ? carriageReturns : lineFeeds;
  // csv-parse's own line count when the previous record was handed over, or NaN when unknown.
  let parserLines = Number.NaN;
  let records = 0;
  const parser = parse({
    delimiter: file.delimiter,
    bom: true,
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
  const reading = new Reading(file);
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
    // Only once a byte was not UTF-8 can a field hold U+FFFD that the file did not.
    const undecodable = reading.invalidUtf8 && fields.some((field) => field.includes('\uFFFD'));
    try {
      sink.record(fields, start, undecodable);
    } catch (error) {
      stop(error);
    }
  });
  const source = createReadStream(file.path, { highWaterMark: CHUNK });
  const done = pipeline(source, reading, parser);
  // Listening after `pipeline` has piped the streams: csv-parse has parsed each chunk by then.
  reading.on('data', (chunk: Buffer) => {
    fed += chunk.length;
    if (fed - recordStart > maxRecordChars + UNPARSED_SLACK && failure === null) {
      stop(tooLong(line + 1));
    }
  });
  try {
    await done;
  } catch (error) {
    if (error instanceof StopAt && failure === null) {
      throw error.problem(file, await lineAt(file, error.offset));
    }
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
  file.bytes = reading.bytes;
  file.sha256 = reading.sha256;
  // A file that is ASCII to its end is UTF-8.
  file.encodingDecided = true;
}

/** UTF-8 after text that is not: no reading of the file gives every letter right. */
function mixedEncodings(file: CsvFile, line: number): UserError {
  return new UserError(
    `${file.name}:${line}: this line holds UTF-8 text, but the lines before it do not ` +
      '(they hold bytes that are not UTF-8, read as Windows-1257): the file mixes two encodings, ' +
      'and its letters would print garbled; save it again as "CSV UTF-8" ' +
      '(or force one reading with --encoding utf-8 or --encoding windows-1257)',
    EXIT.invalidData,
  );
}

/** A NUL byte past the head: no CSV text holds one, so the file is damaged or not text there. */
function nulByte(file: CsvFile, line: number): UserError {
  return new UserError(
    `${file.name}:${line}: this line holds a NUL byte, which no CSV export has (is the file ` +
      'damaged, or binary data from here on?); export the file again from the register or Excel',
    EXIT.invalidData,
  );
}
