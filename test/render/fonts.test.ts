import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontForPdf, fontPaths } from '../../src/render/fonts.js';

/** Table tags of an sfnt font, from its table directory. */
function tags(font: Buffer): string[] {
  return Array.from({ length: font.readUInt16BE(4) }, (_, i) =>
    font.toString('latin1', 12 + i * 16, 16 + i * 16),
  );
}

function table(font: Buffer, tag: string): Buffer {
  const index = tags(font).indexOf(tag);
  const record = 12 + index * 16;
  const offset = font.readUInt32BE(record + 8);
  return font.subarray(offset, offset + font.readUInt32BE(record + 12));
}

/** What pdfkit's fontkit reads from a face. */
function asPdfkitSees(font: Buffer) {
  const doc = new PDFDocument();
  doc.registerFont('face', font);
  doc.font('face').fontSize(10);
  const fontkitFont = (doc as unknown as { _font: { font: Record<string, unknown> } })._font.font;
  return {
    italicAngle: fontkitFont.italicAngle,
    underlineThickness: fontkitFont.underlineThickness,
    widths: [...'AVāčēģīķļņšūžĀŽ 0123'].map((char) => doc.widthOfString(char)),
  };
}

describe('fontForPdf', () => {
  const original = readFileSync(fontPaths().regular);
  const forPdf = fontForPdf(original);

  it('drops the layout tables and the glyph names, and keeps the rest', () => {
    expect(tags(original)).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'GDEF', 'post']));
    expect(tags(forPdf)).toEqual(
      tags(original).filter((t) => !['GSUB', 'GPOS', 'GDEF'].includes(t)),
    );
    expect(table(forPdf, 'post').readUInt32BE(0)).toBe(0x00030000);
    expect(table(forPdf, 'post').length).toBe(32);
    expect(table(forPdf, 'hmtx').equals(table(original, 'hmtx'))).toBe(true);
    expect(forPdf.length).toBeLessThan(original.length * 0.7);
  });

  it('sets every character as wide as the original face, with the same metrics', () => {
    expect(asPdfkitSees(forPdf)).toEqual(asPdfkitSees(original));
  });
});
