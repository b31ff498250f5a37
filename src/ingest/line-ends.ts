/**
 * How a file's lines end, learnt from its bytes as they are read. A line ends
 * with LF or CRLF; a file without a single LF (an old Mac export) ends its
 * lines with a lone CR. In any other file a lone CR is text, not a line
 * break: a stray CR pasted into an unquoted note must neither split its row
 * nor shift the line numbers of the rows after it.
 *
 * csv-parse compares every byte with each record delimiter it is given, so a
 * file whose line breaks are all LF, or all CRLF, is parsed with that one
 * delimiter; only a file that mixes them pays for both.
 */

/**
 * `lf`: every LF stands alone; `crlf`: every LF follows a CR; `mixed`: both;
 * `cr`: no LF at all, lines end with a lone CR (or the file is one line).
 */
export type LineEnds = 'lf' | 'crlf' | 'mixed' | 'cr';

/** The record delimiters csv-parse needs for a file with these line ends. */
export function recordDelimiters(ends: LineEnds): string[] {
  if (ends === 'lf') return ['\n'];
  if (ends === 'crlf') return ['\r\n'];
  if (ends === 'cr') return ['\r'];
  return ['\r\n', '\n'];
}

const CR = 13;
const LF = 10;
/** An LF after anything but a CR (the chunk's first byte is judged with the previous chunk). */
const BARE_LF = /[^\r]\n/;

/** Classifies the line ends of a byte stream fed in chunks of any size. */
export class LineEndScanner {
  #bareLf = false;
  #crlf = false;
  #cr = false;
  #pendingCr = false;

  /** Feeds the next chunk. */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (chunk[0] === LF) {
      if (this.#pendingCr) this.#crlf = true;
      else this.#bareLf = true;
    }
    if (chunk.includes(CR)) {
      this.#cr = true;
      if (!(this.#bareLf && this.#crlf)) {
        // latin1 maps each byte to one character, so the expressions see the bytes as they are.
        const text = chunk.toString('latin1');
        if (BARE_LF.test(text)) this.#bareLf = true;
        if (text.includes('\r\n')) this.#crlf = true;
      }
    } else if (!this.#bareLf && chunk.indexOf(LF, 1) !== -1) {
      // No CR: every LF stands alone (natively searched; most files end here).
      this.#bareLf = true;
    }
    this.#pendingCr = chunk[chunk.length - 1] === CR;
  }

  /** The verdict once every chunk was pushed. */
  end(): LineEnds {
    if (this.#bareLf && this.#crlf) return 'mixed';
    if (this.#crlf) return 'crlf';
    if (this.#bareLf || !this.#cr) return 'lf';
    return 'cr';
  }
}
