import { describe, expect, it } from 'vitest';
import { CrlfToLf, lineEndsOf, recordDelimiters } from '../../src/ingest/line-ends.js';

/** `text` through `CrlfToLf` in chunks of `size` bytes. */
function rewrite(text: string, size: number): string {
  const rewriter = new CrlfToLf();
  const bytes = Buffer.from(text, 'latin1');
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    out.push(rewriter.push(bytes.subarray(at, at + size)));
  }
  out.push(rewriter.end());
  return Buffer.concat(out).toString('latin1');
}

describe('lineEndsOf', () => {
  it('is cr only for a head with a CR and no LF outside quoted cells', () => {
    expect(lineEndsOf(Buffer.from('a\rb\r'))).toBe('cr');
    expect(lineEndsOf(Buffer.from('a\r\nb\r'))).toBe('lf');
    expect(lineEndsOf(Buffer.from('a;note\rmore\nb\n'))).toBe('lf');
    expect(lineEndsOf(Buffer.from('no line break'))).toBe('lf');
    expect(lineEndsOf(Buffer.from(''))).toBe('lf');
  });

  it('is cr for an Excel for Mac export, whose line breaks inside cells are LFs', () => {
    expect(lineEndsOf(Buffer.from('a;b\r1;"x\ny"\r2;z\r'))).toBe('cr');
    expect(lineEndsOf(Buffer.from('a;"b\nc"\r1;""""\r'))).toBe('cr');
    // A LF outside quotes, or quotes that never let a CR out, keep lf.
    expect(lineEndsOf(Buffer.from('a;b\r1;"x\ny"\n'))).toBe('lf');
    expect(lineEndsOf(Buffer.from('a;"b\r\nc\r\n'))).toBe('lf');
  });
});

describe('CrlfToLf', () => {
  it.each([
    ['a\r\nb\r\n', 'a\nb\n'],
    ['a\nb\n', 'a\nb\n'],
    ['a\r\n"x\ny"\r\n', 'a\n"x\ny"\n'],
    ['a;note\rmore\nb\n', 'a;note\rmore\nb\n'], // a lone CR is text
    ['a\r\r\nb\r', 'a\r\nb\r'],
    ['\r', '\r'],
    ['\r\n\r\n', '\n\n'],
  ])('rewrites %j as %j in chunks of any size', (text, expected) => {
    for (const size of [1, 2, 3, 5, 64])
      expect(rewrite(text, size), `chunks of ${size}`).toBe(expected);
  });
});

describe('recordDelimiters', () => {
  it('gives csv-parse one line end', () => {
    expect(recordDelimiters('lf')).toEqual(['\n']);
    expect(recordDelimiters('cr')).toEqual(['\r']);
  });
});
