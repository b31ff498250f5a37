/**
 * Reads the statistics JSON that lsk-report embeds in its PDFs (an associated
 * file, `/AFRelationship /Data`, MIME type application/json), so that `diff`,
 * `batch --check` and `extract` take a PDF where they take a JSON. A small
 * reader for the files pdfkit writes (dictionaries in plain text, the stream
 * deflated), not a general PDF parser: a PDF made otherwise is reported as
 * carrying no statistics.
 */
import { inflateSync } from 'node:zlib';
import { UserError } from './errors.js';

/**
 * The most an embedded JSON may inflate to. A report's statistics are tens of
 * kilobytes; without a bound, a crafted PDF of under a megabyte inflates to
 * gigabytes (a "zip bomb").
 */
export const MAX_EMBEDDED_JSON_BYTES = 16 * 1024 * 1024;

/** Whether the bytes are a PDF file (by its header). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** The embedded JSON files of a PDF, in file order, as text. */
export function embeddedJsonFiles(pdf: Uint8Array): string[] {
  const buffer = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // latin1 maps every byte to one character, so string offsets are byte offsets.
  const text = buffer.toString('latin1');
  const files: string[] = [];
  const objectStart = /\d+\s+\d+\s+obj\s*<</g;
  for (let match = objectStart.exec(text); match; match = objectStart.exec(text)) {
    const dictStart = match.index + match[0].length - 2;
    const streamAt = /^>>\s*stream\r?\n/;
    const end = dictEnd(text, dictStart);
    if (end === -1) continue;
    const dictionary = text.slice(dictStart, end);
    if (!/\/Type\s*\/EmbeddedFile\b/.test(dictionary)) continue;
    if (!/\/Subtype\s*\/application#2Fjson\b/.test(dictionary)) continue;
    const after = streamAt.exec(text.slice(end - 2, end + 40));
    if (after === null) continue;
    const dataStart = end - 2 + after[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    const dataEnd =
      length !== null ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    if (dataEnd < dataStart || dataEnd > buffer.length) continue;
    let data = buffer.subarray(dataStart, dataEnd);
    if (/\/Filter\s*\/FlateDecode\b/.test(dictionary)) {
      try {
        data = inflateSync(data, { maxOutputLength: MAX_EMBEDDED_JSON_BYTES });
      } catch {
        continue; // not deflate data, or more than statistics ever are
      }
    } else if (/\/Filter\b/.test(dictionary)) {
      continue; // a filter pdfkit does not use
    }
    if (data.length > MAX_EMBEDDED_JSON_BYTES) continue;
    files.push(data.toString('utf8'));
  }
  return files;
}

/**
 * The end of the dictionary that opens at `start` (`<<`), just after its `>>`,
 * counting nested dictionaries; -1 when it does not close.
 */
function dictEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '<<') {
      depth++;
      i++;
    } else if (pair === '>>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    } else if (text[i] === '(') {
      i = stringEnd(text, i);
    }
  }
  return -1;
}

/** The index of the `)` closing the literal string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return text.length;
}

/**
 * The statistics JSON inside a report PDF; a UserError naming the file when
 * it carries none (a PDF lsk-report did not make, or made before it embedded
 * its statistics).
 */
export function embeddedStatisticsJson(pdf: Uint8Array, fileName: string): string {
  const json = embeddedJsonFiles(pdf).find((text) => /"schemaVersion"\s*:/.test(text));
  if (json === undefined) {
    throw new UserError(
      `${fileName}: this PDF carries no statistics of lsk-report; it was made by another ` +
        'program, or by an lsk-report before reports carried their statistics (regenerate it, ' +
        'or use the statistics JSON written beside it)',
    );
  }
  return json;
}
