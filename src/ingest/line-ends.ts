/**
 * Line ends. A line ends with LF or CRLF; a file without a single LF outside
 * quoted cells in its first chunk (an old Mac export, whose line breaks inside
 * a cell are LFs) ends its lines with a lone CR. In any other file a lone CR
 * is text, not a line break: a stray CR pasted into an unquoted note must
 * neither split its row nor shift the line numbers of the rows after it.
 *
 * Files with LFs reach csv-parse with every CRLF rewritten as LF, so that it
 * looks for one record delimiter: csv-parse compares every byte with each
 * delimiter it is given, and files that mix LF and CRLF (Excel writes a line
 * break inside a cell as a lone LF in a CRLF file) are common.
 */

/** `lf`: lines end with LF or CRLF; `cr`: with a lone CR (the file's head has no LF outside quotes). */
export type LineEnds = 'lf' | 'cr';

const CR = 13;
const LF = 10;
const QUOTE = 34;

/**
 * How the lines of a file with this head end: by its line breaks outside quoted cells, as
 * Excel for Mac writes a line break inside a cell as a LF in a file whose lines end with CR.
 */
export function lineEndsOf(head: Uint8Array): LineEnds {
  if (!head.includes(CR)) return 'lf';
  let quoted = false;
  let cr = false;
  for (const byte of head) {
    if (byte === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (byte === LF) return 'lf';
    else if (byte === CR) cr = true;
  }
  return cr ? 'cr' : 'lf';
}

/** The record delimiter csv-parse needs for a file with these line ends (after `CrlfToLf`). */
export function recordDelimiters(ends: LineEnds): string[] {
  return ends === 'cr' ? ['\r'] : ['\n'];
}

/** Rewrites CRLF as LF in a byte stream fed in chunks of any size; a lone CR stays. */
export class CrlfToLf {
  /** The previous chunk ended with a CR, held back until the next byte shows what it is. */
  #pendingCr = false;

  /** The chunk rewritten (the chunk itself when it has no CR to drop). */
  push(chunk: Buffer): Buffer {
    const pending = this.#pendingCr;
    this.#pendingCr = chunk.length > 0 && chunk[chunk.length - 1] === CR;
    const end = this.#pendingCr ? chunk.length - 1 : chunk.length;
    let at = chunk.indexOf(CR);
    if ((at === -1 || at >= end) && !pending)
      return end === chunk.length ? chunk : chunk.subarray(0, end);
    const parts: Buffer[] = [];
    if (pending && chunk[0] !== LF) parts.push(CR_BYTE);
    let start = 0;
    for (; at !== -1 && at < end; at = chunk.indexOf(CR, at + 1)) {
      if (chunk[at + 1] !== LF) continue;
      parts.push(chunk.subarray(start, at));
      start = at + 1;
    }
    parts.push(chunk.subarray(start, end));
    return Buffer.concat(parts);
  }

  /** What is still held back at the end of the stream. */
  end(): Buffer {
    return this.#pendingCr ? CR_BYTE : EMPTY;
  }
}

const CR_BYTE = Buffer.from([CR]);
const EMPTY = Buffer.alloc(0);
