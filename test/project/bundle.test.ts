import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

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
