/**
 * How a file's lines end, learnt in the first pass over its bytes. csv-parse
 * compares every byte with each record delimiter it is given, so a file
 * whose line breaks are all LF, or all CRLF, is parsed with that one
 * delimiter; only a file that mixes them (hand-edited, or pasted together)
 * pays for all three. The result is the same: a delimiter that never occurs
 * in the file never matches.
 */

/** `lf`: no CR byte at all; `crlf`: every CR is followed by LF and every LF preceded by CR. */
export type LineEnds = 'lf' | 'crlf' | 'mixed';

/** The record delimiters csv-parse needs for a file with these line ends. */
export function recordDelimiters(ends: LineEnds): string[] {
  if (ends === 'lf') return ['\n'];
  if (ends === 'crlf') return ['\r\n'];
  return ['\r\n', '\n', '\r'];
}

const CR = 13;
const LF = 10;
/** A CR not followed by LF (a CR ending the chunk is judged with the next one), or an LF after something else. */
const LONE = /\r(?!\n|$)|[^\r]\n/;

/** Classifies the line ends of a byte stream fed in chunks of any size. */
export class LineEndScanner {
  #noCr = true;
  #crlfOnly = true;
  #pendingCr = false;

  /** Feeds the next chunk. */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.#noCr && !chunk.includes(CR)) {
      // No CR so far: any LF is a lone one (natively searched; most files end here).
      if (this.#crlfOnly && chunk.includes(LF)) this.#crlfOnly = false;
      return;
    }
    this.#noCr = false;
    if (!this.#crlfOnly) return;
    if (this.#pendingCr !== (chunk[0] === LF)) {
      this.#crlfOnly = false; // a CR at the end of the last chunk without its LF, or an LF without its CR
      return;
    }
    // latin1 maps each byte to one character, so the regular expression sees the bytes as they are.
    const text = chunk.toString('latin1');
    if (LONE.test(text)) this.#crlfOnly = false;
    this.#pendingCr = chunk[chunk.length - 1] === CR;
  }

  /** The verdict once every chunk was pushed. */
  end(): LineEnds {
    if (this.#noCr) return 'lf';
    return this.#crlfOnly && !this.#pendingCr ? 'crlf' : 'mixed';
  }
}
