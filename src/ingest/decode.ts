/**
 * Character encodings of the input (input-format.md, "File format"): UTF-8
 * with or without a byte-order mark, or Windows-1257, Latvian Excel's "CSV".
 * The encoding is decided on evidence, as the bytes are read: a valid UTF-8
 * sequence of two or more bytes (a Latvian letter) means UTF-8, and only
 * bytes that are not UTF-8 with no such sequence beside them mean
 * Windows-1257. ASCII reads the same in both, so a file is decided at its
 * first non-ASCII byte, with the evidence of the chunk that holds it.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { Encoding } from './types.js';

/** Whether the bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(head: Uint8Array): boolean {
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

/**
 * How many bytes at the end of `chunk` are the start of a UTF-8 sequence that
 * continues in the next chunk (0–3). Those bytes are carried over, so that a
 * letter split across two reads is not mistaken for invalid UTF-8.
 */
export function incompleteTailLength(chunk: Uint8Array): number {
  const end = chunk.length;
  // A sequence is at most 4 bytes, so its lead byte is within the last 3.
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = chunk[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * Where the first valid UTF-8 sequence of two or more bytes starts in
 * `bytes`, from `from`; -1 when there is none. In Windows-1257 text such a
 * sequence is a capital letter followed by a symbol (`Ä«`), which Latvian
 * text hardly ever has: it is the evidence that the bytes are UTF-8.
 */
export function findUtf8Sequence(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const next = bytes[i + 1];
    if (next === undefined || (next & 0xc0) !== 0x80) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length))) return i;
  }
  return -1;
}

/** What some bytes say about their encoding: `utf-8`, `windows-1257`, or nothing (ASCII only). */
export function encodingEvidence(bytes: Uint8Array): Encoding | null {
  if (isAscii(bytes)) return null;
  const whole = bytes.length - incompleteTailLength(bytes);
  if (isUtf8(bytes.subarray(0, whole))) return 'utf-8';
  return findUtf8Sequence(bytes) === -1 ? 'windows-1257' : 'utf-8';
}

/** Checks that a byte stream, fed in chunks of any size, is valid UTF-8 as a whole. */
export class Utf8Checker {
  #valid = true;
  #carry: Buffer = Buffer.alloc(0);

  /** Feeds the next chunk. */
  push(chunk: Buffer): void {
    if (!this.#valid) return;
    const bytes = this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk;
    const cut = bytes.length - incompleteTailLength(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) this.#valid = false;
    // Copy: the caller may reuse the chunk's memory.
    this.#carry = Buffer.from(bytes.subarray(cut));
  }

  /** Whether every byte pushed so far is valid UTF-8 (a character still open counts as valid). */
  get valid(): boolean {
    return this.#valid;
  }

  /** The verdict once every chunk was pushed: a sequence cut off at the end is invalid. */
  end(): boolean {
    if (this.#carry.length > 0) this.#valid = false;
    this.#carry = Buffer.alloc(0);
    return this.#valid;
  }
}

const ENCODING_ALIASES: ReadonlyMap<string, Encoding> = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['windows-1257', 'windows-1257'],
  ['windows1257', 'windows-1257'],
  ['win1257', 'windows-1257'],
  ['cp1257', 'windows-1257'],
  ['1257', 'windows-1257'],
  ['baltic', 'windows-1257'],
]);

/** How an encoding is named to people: "UTF-8", "Windows-1257". */
export function encodingName(encoding: Encoding): string {
  return encoding === 'utf-8' ? 'UTF-8' : 'Windows-1257';
}

/** Parses an `--encoding` value (`utf-8`, `utf8`, `windows-1257`, `cp1257` …); null if unknown. */
export function parseEncoding(text: string): Encoding | null {
  return ENCODING_ALIASES.get(text.trim().toLowerCase()) ?? null;
}

/**
 * Text in a one-byte encoding (Windows-1257), rewritten as UTF-8 bytes, which
 * csv-parse reads directly. Decoding to a string would make the stream encode
 * it back to UTF-8 bytes for csv-parse; rewriting the bytes is one pass. The
 * table comes from `TextDecoder`, so every byte, an unassigned one too, means
 * what `TextDecoder` makes of it. Bytes are independent, so chunks may split
 * anywhere.
 */
export class OneByteToUtf8 {
  /** Per byte from 0x80: its UTF-8 bytes, the first in the low 8 bits; all are 2 or 3 long. */
  readonly #utf8 = new Uint32Array(128);
  /** Room for the longest UTF-8 of a chunk, reused: a chunk's own buffer is allocated at its size. */
  #scratch = Buffer.alloc(0);

  constructor(encoding: Exclude<Encoding, 'utf-8'>) {
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte++) {
      const utf8 = Buffer.from(decoder.decode(Uint8Array.of(byte)), 'utf8');
      if (
        byte < 0x80 ? utf8.length !== 1 || utf8[0] !== byte : utf8.length < 2 || utf8.length > 3
      ) {
        throw new Error(`OneByteToUtf8: ${encoding} byte ${byte} is not what this table handles`);
      }
      if (byte >= 0x80) this.#utf8[byte - 0x80] = utf8.readUIntLE(0, utf8.length);
    }
  }

  /** The bytes as UTF-8, in a buffer of their own. */
  transcode(bytes: Uint8Array): Buffer {
    if (this.#scratch.length < bytes.length * 3) {
      this.#scratch = Buffer.allocUnsafe(bytes.length * 3);
    }
    const out = this.#scratch;
    // Four bytes at a time while they are all ASCII, which they mostly are; byte by byte around
    // the others.
    const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const outWords = new DataView(out.buffer, out.byteOffset, out.byteLength);
    let length = 0;
    let i = 0;
    while (i < bytes.length) {
      if (i + 4 <= bytes.length) {
        const word = words.getUint32(i, true);
        if ((word & 0x80808080) === 0) {
          outWords.setUint32(length, word, true);
          length += 4;
          i += 4;
          continue;
        }
      }
      const byte = bytes[i++]!;
      if (byte < 0x80) {
        out[length++] = byte;
        continue;
      }
      const utf8 = this.#utf8[byte - 0x80]!;
      out[length++] = utf8 & 0xff;
      out[length++] = (utf8 >>> 8) & 0xff;
      if (utf8 > 0xffff) out[length++] = utf8 >>> 16;
    }
    // A copy: csv-parse keeps a view of a chunk's unparsed end until the next one comes.
    return Buffer.from(out.subarray(0, length));
  }
}

/** Decodes a small byte range (the head of a file) for sniffing; a BOM is dropped. */
export function decodeHead(head: Uint8Array, encoding: Encoding): string {
  const start = hasUtf8Bom(head) ? 3 : 0;
  return new TextDecoder(encoding).decode(head.subarray(start));
}

const EXPECTED = 'expected a CSV export with a header line naming the columns (date, client_id, …)';

/**
 * Why the bytes at the start of a file cannot be a CSV export, or null when
 * they may be: empty, a spreadsheet workbook, UTF-16 text or other binary data.
 */
export function notCsvReason(head: Uint8Array, bytes: number): string | null {
  const content = hasUtf8Bom(head) ? head.subarray(3) : head;
  if (bytes === 0 || content.length === 0) return `the file is empty; ${EXPECTED}`;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return `this is a workbook (.xlsx or another zip file), not CSV; ${EXPECTED}: in Excel, "Save as" → "CSV UTF-8" or "CSV (semicolon delimited)"`;
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return `this is an old Excel workbook (.xls), not CSV; ${EXPECTED}: in Excel, "Save as" → "CSV UTF-8"`;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return `this is UTF-16 text (Excel's "Unicode text"), which is not supported; ${EXPECTED}, saved as "CSV UTF-8"`;
  }
  if (content.includes(0)) return `this is binary data (it holds NUL bytes), not CSV; ${EXPECTED}`;
  if (/^[\s,;]*$/.test(Buffer.from(content).toString('latin1')) && bytes === head.length) {
    return `the file has only blank lines; ${EXPECTED}`;
  }
  return null;
}
