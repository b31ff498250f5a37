import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfFontData, registerPdfFonts } from '../../src/render/fonts.js';
import { Layout } from '../../src/render/layout.js';
import { drawTable } from '../../src/render/tables.js';
import { PAGE } from '../../src/render/theme.js';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';

/** Draws into a fresh A4 document as the report does and returns its pages' text. */
async function render(draw: (layout: Layout) => void): Promise<string[]> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE.margins },
    font: pdfFontData().regular as unknown as string,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  draw(new Layout(doc, registerPdfFonts(doc)));
  doc.end();
  await done;
  return (await pdfPageTexts(Buffer.concat(chunks))).map(normaliseSpace);
}

describe('drawTable', () => {
  it('repeats the caption, marked as continued, and the header on the next page', async () => {
    const pages = await render((layout) =>
      drawTable(layout, {
        caption: 'Visas valstis',
        columns: [
          { header: 'Valsts', width: 0.75 },
          { header: 'Klienti', width: 0.25, align: 'right' },
        ],
        rows: Array.from({ length: 60 }, (_, index) => [`Valsts ${index + 1}`, `${60 - index}`]),
        total: ['Kopā', '1830'],
      }),
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/^Visas valstis Valsts Klienti Valsts 1 60/);
    expect(pages[0]).not.toContain('turpinājums');
    expect(pages[1]).toMatch(/^Visas valstis \(turpinājums\) Valsts Klienti Valsts \d+ \d+/);
    expect(pages[1]).toMatch(/Valsts 60 1 Kopā 1830$/);
  });
});
