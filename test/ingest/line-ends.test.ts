import { describe, expect, it } from 'vitest';
import { LineEndScanner, recordDelimiters, type LineEnds } from '../../src/ingest/line-ends.js';

/** The verdict for `text` fed in chunks of `size` bytes. */
function scan(text: string, size: number): LineEnds {
  const scanner = new LineEndScanner();
  const bytes = Buffer.from(text, 'latin1');
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
  return scanner.end();
}

const cases: [string, LineEnds][] = [
  ['a\nb\n', 'lf'],
  ['no line break', 'lf'],
  ['', 'lf'],
  ['a\r\nb\r\n', 'crlf'],
  ['a\r\n"x\r\ny"\r\n', 'crlf'],
  ['a\r\nb\n', 'mixed'],
  ['a\nb\r\n', 'mixed'],
  ['a\r\n"x\ny"\r\n', 'mixed'], // Excel's line break inside a cell is a lone LF
  ['a\rb\r', 'cr'], // no LF at all: an old Mac file
  ['a\r\nb\r', 'crlf'], // a lone CR is text in a file with LFs
  ['a;note\rmore\nb\n', 'lf'],
  ['\na\r\n', 'mixed'],
  ['a\r\r\nb', 'crlf'],
];

describe('LineEndScanner', () => {
  it.each(cases)('classifies %j as %s in chunks of any size', (text, expected) => {
    for (const size of [1, 2, 3, 5, 64])
      expect(scan(text, size), `chunks of ${size}`).toBe(expected);
  });
});

describe('recordDelimiters', () => {
  it('gives csv-parse only the line ends the file has', () => {
    expect(recordDelimiters('lf')).toEqual(['\n']);
    expect(recordDelimiters('crlf')).toEqual(['\r\n']);
    expect(recordDelimiters('mixed')).toEqual(['\r\n', '\n']);
    expect(recordDelimiters('cr')).toEqual(['\r']);
  });
});
