import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfFontData, registerPdfFonts } from '../../src/render/fonts.js';
import { Layout } from '../../src/render/layout.js';
import { continuedCaption, drawFigures, drawTable } from '../../src/render/tables.js';
import { PAGE } from '../../src/render/theme.js';
import { normaliseSpace, pdfPageTexts, pdfPlacedTexts } from '../helpers/pdf-text.js';

/** Draws into a fresh A4 document as the report does and returns the PDF. */
async function renderPdf(draw: (layout: Layout) => void): Promise<Buffer> {
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
  return Buffer.concat(chunks);
}

/** Draws into a fresh A4 document as the report does and returns its pages' text. */
async function render(draw: (layout: Layout) => void): Promise<string[]> {
  return (await pdfPageTexts(await renderPdf(draw))).map(normaliseSpace);
}

/** The text items of a drawing, each with its position. */
async function placed(draw: (layout: Layout) => void) {
  return (await pdfPlacedTexts(await renderPdf(draw))).items;
}

/** A4's text width between the margins. */
const TEXT_WIDTH = 595.28 - PAGE.margins.left - PAGE.margins.right;

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

  it('marks a continued caption that ends in brackets inside them, never with a second pair', async () => {
    expect(continuedCaption('Visas valstis')).toBe('Visas valstis (turpinājums)');
    expect(continuedCaption('Piemēri (fails un rinda)')).toBe(
      'Piemēri (fails un rinda; turpinājums)',
    );
    const pages = await render((layout) =>
      drawTable(layout, {
        caption: 'Piemēri (fails un rinda)',
        columns: [
          { header: 'Fails', width: 0.75 },
          { header: 'Rinda', width: 0.25, align: 'right' },
        ],
        rows: Array.from({ length: 60 }, (_, index) => ['kontakti.csv', `${index + 2}`]),
      }),
    );
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(
      /^Piemēri \(fails un rinda; turpinājums\) Fails Rinda kontakti\.csv \d+/,
    );
    expect(pages.join(' ')).not.toMatch(/\) \(|\(\(|\)\)/);
  });

  it('keeps a footnote on the page of the table’s last rows, however long the table', async () => {
    const footnote = '* Periodā kopā katrs klients skaitīts vienu reizi.';
    const alone: number[] = [];
    // Some length of table ends just above the page foot, leaving no room for the note.
    for (let length = 28; length <= 40; length++) {
      const pages = await render((layout) =>
        drawTable(layout, {
          columns: [
            { header: 'Mēnesis', width: 0.5 },
            { header: 'Klienti', width: 0.25, align: 'right' },
          ],
          rows: Array.from({ length }, (_, index) => [`Mēnesis ${index + 1}`, '1']),
          total: ['Periodā kopā*', `${length}`],
          footnote,
        }),
      );
      const page = pages.find((text) => text.includes('* Periodā kopā katrs'))!;
      if (!page.includes(`Periodā kopā* ${length}`)) alone.push(length);
    }
    expect(alone).toEqual([]);
  });

  it('draws a label-and-figures table as wide as its text needs, a wider table across the page', async () => {
    const items = await placed((layout) => {
      drawTable(layout, {
        columns: [
          { header: 'Statuss', width: 0.75 },
          { header: 'Klienti', width: 0.25, align: 'right' },
        ],
        rows: [['Patvēruma meklētāji', '72']],
      });
      drawTable(layout, {
        columns: [
          { header: 'Rādītājs', width: 0.4 },
          { header: 'Iepriekš', width: 0.2, align: 'right' },
          { header: 'Tagad', width: 0.2, align: 'right' },
          { header: 'Izmaiņas', width: 0.2, align: 'right' },
        ],
        rows: [['Klienti', '342', '477', '+39 %']],
      });
    });
    const rightEdge = (text: string) => {
      const item = items.find((candidate) => candidate.text === text)!;
      return item.x + item.width - PAGE.margins.left;
    };
    // Right-aligned figures end 4 pt (the cell padding) inside their table's right edge.
    expect(rightEdge('72')).toBeCloseTo(0.6 * TEXT_WIDTH - 4, 0);
    expect(rightEdge('+39 %')).toBeCloseTo(TEXT_WIDTH - 4, 0);
  });

  it("sets header cells on the header row's bottom line", async () => {
    const items = await placed((layout) =>
      drawTable(layout, {
        columns: [
          { header: 'Vecuma grupa', width: 0.32 },
          { header: 'Sievietes', width: 0.17, align: 'right' },
          { header: 'Vīrieši', width: 0.17, align: 'right' },
          { header: 'Dzimums nav zināms', width: 0.17, align: 'right' },
          { header: 'Kopā', width: 0.17, align: 'right' },
        ],
        rows: [['0–13 gadi', '20', '20', '4', '44']],
      }),
    );
    const y = (text: string) => items.find((item) => item.text.trim() === text)!.y;
    // The wrapped header's last line, the one-line headers and nothing lower.
    expect(y('zināms')).toBeGreaterThan(y('Dzimums nav') + 5);
    expect(y('Vecuma grupa')).toBeCloseTo(y('zināms'), 1);
    expect(y('Kopā')).toBeCloseTo(y('zināms'), 1);
  });

  it('prints a table of nothing but zeros as its sentence', async () => {
    const closures = (other: string) => (layout: Layout) =>
      drawTable(layout, {
        columns: [
          { header: 'Slēgšanas iemesls', width: 0.75 },
          { header: 'Lietas', width: 0.25, align: 'right' },
        ],
        rows: [
          ['Izbrauca', '0'],
          ['Cits iemesls', other],
        ],
        total: ['Kopā', other],
        allZero: 'Šajā periodā netika slēgta neviena klienta lieta.',
      });
    let drawn: boolean | undefined;
    const pages = await render((layout) => {
      drawn = closures('0')(layout);
    });
    expect(drawn).toBe(false);
    expect(pages).toEqual(['Šajā periodā netika slēgta neviena klienta lieta.']);
    // One figure that is not zero keeps the table.
    const kept = await render(closures('1'));
    expect(kept).toEqual(['Slēgšanas iemesls Lietas Izbrauca 0 Cits iemesls 1 Kopā 1']);
  });

  it("sets a list of figures' closing sum in bold, as every total row", async () => {
    const items = await placed((layout) =>
      drawFigures(layout, [['Klientmēneši', '610']], {
        valueHeader: 'Vērtība',
        total: ['Summa (bez PVN)', '57 950,00 EUR'],
      }),
    );
    const bold = (text: string) => items.find((item) => item.text === text)!.bold;
    expect(bold('Klientmēneši')).toBe(false);
    expect(bold('610')).toBe(false);
    expect(bold('Summa (bez PVN)')).toBe(true);
    expect(bold('57 950,00 EUR')).toBe(true);
  });
});
