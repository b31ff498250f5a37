import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../scripts/bundle-ascii.js';
import { ROOT, tempDir } from '../helpers/run-cli.js';

const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
type Decompress = (source: Uint8Array, size?: number) => Uint8Array;

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * The arguments of each `new PDFDocument(…)` in `text`: the object literal
 * when there is one, else what follows the parenthesis up to the line's end
 * (no options, or options made elsewhere, which the test cannot see into).
 */
function pdfDocumentOptions(text: string): string[] {
  return [...text.matchAll(/new PDFDocument\(/g)].map((match) => {
    const open = match.index + match[0].length;
    if (text[open] !== '{') return text.slice(match.index, text.indexOf('\n', open));
    let depth = 0;
    for (let at = open; at < text.length; at++) {
      if (text[at] === '{') depth++;
      if (text[at] === '}' && --depth === 0) return text.slice(match.index, at + 1);
    }
    return text.slice(match.index);
  });
}

describe('the bundle (scripts/bundle.js)', () => {
  it('needs no pdfkit standard font: every PDFDocument names its own', () => {
    // pdfkit loads Helvetica unless told otherwise, from files the bundle does not carry.
    const calls = sources(join(ROOT, 'src')).flatMap((file) =>
      pdfDocumentOptions(readFileSync(file, 'utf8')).map((options) => ({ file, options })),
    );
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const { file, options } of calls) expect(options, file).toMatch(/\bfont:/);
  });
});

describe('the bundle is quick to load (scripts/bundle-natives.js, scripts/bundle-ascii.js)', () => {
  const bundle = () => readFileSync(join(ROOT, 'dist', 'bundle', 'lsk-report.cjs'), 'latin1');

  it('is pure ASCII, without the JavaScript decompressors pdfkit would bring', () => {
    const text = bundle();
    expect(text).not.toMatch(/[\u0080-\uFFFF]/);
    // tiny-inflate's and brotli's own code (the Brotli dictionary alone is 1.3 MB).
    expect(text).not.toContain('tinf_uncompress');
    expect(text).not.toContain('BrotliDecompressBuffer');
  });

  it("inflates as tiny-inflate does, with Node's zlib", () => {
    const tiny = require('tiny-inflate') as Inflate;
    const native = require('../../scripts/bundle-natives/inflate.cjs') as Inflate;
    const data = Buffer.from('Rīga, Daugavpils, Liepāja; '.repeat(500));
    const packed = deflateRawSync(data);
    expect(native(packed, new Uint8Array(data.length))).toEqual(
      tiny(packed, new Uint8Array(data.length)),
    );
    // A destination longer than the data: both give back only what was inflated.
    const longer = native(packed, new Uint8Array(data.length + 10));
    expect(longer).toEqual(tiny(packed, new Uint8Array(data.length + 10)));
    expect(Buffer.from(longer).equals(data)).toBe(true);
  });

  it("decompresses Brotli as the brotli package does, with Node's zlib", () => {
    const js = require('brotli/decompress.js') as Decompress;
    const native = require('../../scripts/bundle-natives/brotli-decompress.cjs') as Decompress;
    const data = Buffer.from('glyf loca hmtx '.repeat(400));
    const packed = brotliCompressSync(data);
    expect(Buffer.from(native(packed))).toEqual(Buffer.from(js(packed, data.length)));
  });

  it('escapes non-ASCII characters without changing what the code does', () => {
    const file = join(tempDir(), 'script.cjs');
    const source = [
      'const quotes = "„Mucenieki” – Rīga 😀";',
      'const dash = /[\\s([–-]/.test("–");',
      'const letters = /^[āčēģ]*$/u.test("ģēčā");',
      'const astral = /^😀$/u.test("😀") && /^😀$/.test("😀");',
      'result = [quotes, quotes.length, dash, letters, astral];',
    ].join('\n');
    writeFileSync(file, source);
    escapeNonAscii(file);
    const escaped = readFileSync(file, 'utf8');
    expect(escaped).not.toMatch(/[\u0080-\uFFFF]/);
    const run = (code: string) => runInNewContext(`let result; ${code}; result`) as unknown;
    expect(run(escaped)).toEqual(run(source));
    expect(run(source)).toEqual(['„Mucenieki” – Rīga 😀', 21, true, true, true]);
  });
});
