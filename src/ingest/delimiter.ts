/**
 * Delimiter detection from the header line (docs/input-format.md, "File format").
 * csv-parse's own detection prefers `,`, which is wrong for the `;` files
 * Latvian Excel writes, so we count the candidates ourselves.
 */
import type { Delimiter } from './types.js';

export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** How a delimiter is named in messages: TAB is invisible. */
export function delimiterName(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'TAB' : `"${delimiter}"`;
}

/**
 * The first line of `text` that holds anything but whitespace and delimiters,
 * ending at the first line break outside quotes; null when there is none.
 */
export function firstNonEmptyLine(text: string): string | null {
  let start = 0;
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (/[^\s,;]/.test(line)) return line;
    start = end + 1;
  }
  return null;
}

/** The index of the first line break at or after `start` that is not inside quotes. */
function lineEnd(text: string, start: number): number {
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return i;
  }
  return text.length;
}

/**
 * The delimiter a first line `sep=;` (or `sep=,`, `sep=` and a TAB) names, else null. Some
 * exports start with it so that Excel splits their columns; Excel then hides the line, so
 * whoever checks the file in Excel never sees it.
 */
export function sepLineDelimiter(line: string): Delimiter | null {
  const match = /^sep=([;,\t]) *\r?$/i.exec(line);
  return match === null ? null : (match[1] as Delimiter);
}

/**
 * The delimiter of a header line: the candidate that occurs most often outside
 * quotes. Ties go to `;`, then `,`, then TAB (Latvian Excel's default first);
 * a line without any of them is a one-column header, read with `,`.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
    }
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter)!;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

const DELIMITER_ALIASES: ReadonlyMap<string, Delimiter> = new Map([
  [',', ','],
  ['comma', ','],
  [';', ';'],
  ['semicolon', ';'],
  ['\t', '\t'],
  ['\\t', '\t'],
  ['tab', '\t'],
]);

/** Parses a `--delimiter` value (`;`, `,`, `tab`, `\t`, `semicolon`, `comma`); null if unknown. */
export function parseDelimiter(text: string): Delimiter | null {
  return DELIMITER_ALIASES.get(text === '\t' ? text : text.trim().toLowerCase()) ?? null;
}
