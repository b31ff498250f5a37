/**
 * Logos as people have them: too large a file or too many pixels is a config
 * error (exit 2) found before the image is decoded and before any export is
 * read, so is a PNG whose pixel data is damaged, and a logo listed twice is
 * embedded once.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { PdfFile, type PdfDict } from '../helpers/pdf-objects.js';
import { palettePng, withPixelData } from '../helpers/png.js';
import { describeRun, dirWith, ROOT, runCli } from '../helpers/run-cli.js';

const REPORT = ['--period', '2021-06', '-i', 'small.csv', '-o', 'r.pdf', '-q'];

/** An image filled with one colour. */
function image(width: number, height: number, type: 'image/png' | 'image/jpeg'): Buffer {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#c00';
  context.fillRect(0, 0, width, height);
  return type === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg');
}

/** A folder with small.csv, the given files and a config listing `logos`. */
function withLogos(files: Record<string, Buffer>, logos: string[]): string {
  const cwd = dirWith('fixtures/report/small.csv');
  for (const [name, data] of Object.entries(files)) writeFileSync(join(cwd, name), data);
  writeFileSync(join(cwd, 'lsk-report.config.json'), JSON.stringify({ logos }));
  return cwd;
}

/** Image objects in a PDF (pdfkit writes each one's dictionary uncompressed). */
function imageObjects(pdf: Buffer): number {
  return pdf.toString('latin1').split('/Subtype /Image').length - 1;
}

describe('logos', () => {
  it('refuses a file over 5 MB from its size, before reading it (exit 2)', () => {
    const cwd = withLogos({ 'big.png': image(100, 40, 'image/png') }, ['big.png']);
    appendFileSync(join(cwd, 'big.png'), Buffer.alloc(6 * 1024 * 1024));
    const run = runCli(REPORT, { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/config: logos: big\.png is 6 MB; a logo may be at most 5 MB/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  });

  it.each([
    ['a PNG', 'wide.png', 4001, 20, 'image/png', '4001 × 20'],
    ['a JPEG', 'tall.jpg', 20, 4500, 'image/jpeg', '20 × 4500'],
  ] as const)('refuses %s over 4,000 pixels from its header (exit 2)', (_kind, name, width, height, type, shown) => {
    const cwd = withLogos({ [name]: image(width, height, type) }, [name]);
    const run = runCli(REPORT, { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${name} is ${shown} pixels; a logo may be at most 4000 pixels wide and high: scale it down`,
    );
    expect(run.stderr).toMatch(/^lsk-report: config: logos: /);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  }); // prettier-ignore

  it('checks the logos before reading the exports: invalid data behind a bad logo is not read (exit 2)', () => {
    const cwd = withLogos({ 'wide.png': image(4001, 20, 'image/png') }, ['wide.png']);
    // Read, these rows would stop the run with exit 1 before any PDF is drawn.
    writeFileSync(join(cwd, 'small.csv'), readFileSync(join(ROOT, 'fixtures/report/invalid.csv')));
    for (const args of [REPORT, ['batch', '--periods', 'periods.json', '-i', 'small.csv', '-q']]) {
      writeFileSync(
        join(cwd, 'periods.json'),
        JSON.stringify({ periods: [{ period: '2021-06' }] }),
      );
      const run = runCli(args, { cwd });
      expect(run.code, describeRun(run)).toBe(2);
      expect(run.stderr).toMatch(/^lsk-report: config: logos: wide\.png is 4001 × 20 pixels/);
      expect(run.stderr).not.toContain('invalid.csv');
      expect(run.stderr).not.toMatch(/small\.csv:\d+:/);
    }
  });

  it.each([
    [
      'pixel data that does not decompress',
      (_rows: Buffer, compressed: Buffer) => Buffer.alloc(compressed.length, 0xff),
      'its pixel data cannot be decompressed: incorrect header check',
    ],
    [
      'a row with an unknown filter',
      (rows: Buffer) => deflateSync(Buffer.concat([Buffer.from([7]), rows.subarray(1)])),
      'a row of pixels has an unknown filter, 7',
    ],
  ])('refuses a PNG with %s before reading the exports, with no stack trace (exit 2)', (_kind, damage, reason) => {
    // With an alpha channel pdfkit would decode the pixels only while writing the PDF.
    const cwd = withLogos({ 'logo.png': withPixelData(image(120, 40, 'image/png'), damage) }, ['logo.png']);
    writeFileSync(join(cwd, 'small.csv'), readFileSync(join(ROOT, 'fixtures/report/invalid.csv')));
    const run = runCli(REPORT, { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^lsk-report: config: logos: logo\\.png is a damaged image \\(${reason}\\); save it again from the original`),
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/small\.csv:\d+:/);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  }); // prettier-ignore

  it('takes a PNG whose pixel data was compressed anew, as a re-saved logo is', () => {
    const resaved = withPixelData(image(120, 40, 'image/png'), (rows) =>
      deflateSync(rows, { level: 1 }),
    );
    const run = runCli(REPORT, { cwd: withLogos({ 'logo.png': resaved }, ['logo.png']) });
    expect(run.code, describeRun(run)).toBe(0);
  });

  it('prints the transparency of a palette PNG of 4 bits a pixel as the image has it', () => {
    // Image optimisers save small logos so; pdfkit alone would build the mask as if each
    // pixel took a byte.
    const indices = [
      [0, 1, 1, 0],
      [1, 0, 0, 1],
    ];
    const png = palettePng(
      indices,
      [
        [200, 0, 0],
        [0, 0, 200],
      ],
      [0, 255],
    );
    const cwd = withLogos({ 'logo.png': png }, ['logo.png']);
    const run = runCli(REPORT, { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    const pdf = new PdfFile(readFileSync(join(cwd, 'r.pdf')));
    const masked = [...pdf.objects.values()].filter(
      (object) => (object.value as PdfDict)['SMask'] !== undefined,
    );
    expect(masked).toHaveLength(1);
    const mask = pdf.stream((masked[0]!.value as PdfDict)['SMask']);
    expect([...mask]).toEqual(indices.flat().map((index) => [0, 255][index]));
  });

  it('takes a logo of 4,000 pixels', () => {
    const cwd = withLogos({ 'edge.jpg': image(4000, 10, 'image/jpeg') }, ['edge.jpg']);
    const run = runCli(REPORT, { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(imageObjects(readFileSync(join(cwd, 'r.pdf')))).toBe(1);
  });

  it('embeds a logo listed twice once, also under another name', () => {
    const [png, jpeg] = [image(120, 40, 'image/png'), image(60, 40, 'image/jpeg')];
    const files = { 'a.png': png, 'copy.png': png, 'b.jpg': jpeg };
    const once = withLogos(files, ['a.png', 'b.jpg']);
    const twice = withLogos(files, ['a.png', 'b.jpg', './a.png', 'copy.png', 'b.jpg']);
    const counts = [once, twice].map((cwd) => {
      const run = runCli(REPORT, { cwd });
      expect(run.code, describeRun(run)).toBe(0);
      return imageObjects(readFileSync(join(cwd, 'r.pdf')));
    });
    // A PNG with an alpha channel is two image objects (colours and mask), a JPEG one.
    expect(counts).toEqual([3, 3]);
  });
});
