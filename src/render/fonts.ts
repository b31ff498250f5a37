import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  describeCharacters,
  drawPlaceholders,
  PLACEHOLDER,
  undrawable,
  type EmbeddedFont,
  type HasGlyph,
} from './glyphs.js';

/**
 * The report's one typeface, Noto Sans, taken from the npm package (never from
 * the system), so the PDF and the charts look the same on every machine and
 * every Latvian letter has a glyph.
 */

/** pdfkit names of the registered faces. */
export const REGULAR = 'NotoSans-Regular';
export const BOLD = 'NotoSans-Bold';
export const ITALIC = 'NotoSans-Italic';
export const BOLD_ITALIC = 'NotoSans-BoldItalic';

export interface FontPaths {
  regular: string;
  bold: string;
}

/**
 * Characters the report prints that a font might lack: Latvian letters, no-break spaces,
 * dashes, marks, and the placeholder for characters it cannot draw.
 */
const REQUIRED = `āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ\u00A0\u202F–−×€„“${PLACEHOLDER}`;

let cached: FontPaths | undefined;

/** Absolute paths of the Regular and Bold TTFs in `@expo-google-fonts/noto-sans`. */
export function fontPaths(): FontPaths {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = {
      regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
      bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    };
  }
  return cached;
}

/** A `post` table of format 3: the 32-byte header (italic angle, underline, pitch) and no glyph names. */
function postWithoutNames(post: Buffer): Buffer {
  const table = Buffer.from(post.subarray(0, 32));
  table.writeUInt32BE(0x00030000, 0);
  return table;
}

/** An sfnt table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(table: Buffer): number {
  const padded = Buffer.alloc((table.length + 3) & ~3);
  table.copy(padded);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/**
 * The TTF as pdfkit gets it. Without the OpenType layout tables (GSUB, GPOS,
 * GDEF): pdfkit shapes every string through fontkit, and with Noto Sans's
 * large tables that was most of the render time; Latvian needs no shaping
 * (every letter is a precomposed glyph), so only kerning is lost. And with
 * no glyph names in `post` (format 3): pdfkit reads that table for the italic
 * angle, and fontkit decoded all 4,000 names to give it, for every face; a
 * PDF addresses glyphs by number, never by name.
 */
export function fontForPdf(font: Buffer): Buffer {
  const DROP = new Set(['GSUB', 'GPOS', 'GDEF']);
  const count = font.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, index) => {
    const record = 12 + index * 16;
    const tag = font.toString('latin1', record, record + 4);
    const offset = font.readUInt32BE(record + 8);
    const body = font.subarray(offset, offset + font.readUInt32BE(record + 12));
    if (tag !== 'post') return { tag, body, checksum: font.readUInt32BE(record + 4) };
    const post = postWithoutNames(body);
    return { tag, body: post, checksum: checksum(post) };
  }).filter((table) => !DROP.has(table.tag));

  const header = Buffer.alloc(12 + tables.length * 16);
  font.copy(header, 0, 0, 4); // sfnt version
  const power = 2 ** Math.floor(Math.log2(tables.length));
  header.writeUInt16BE(tables.length, 4);
  header.writeUInt16BE(power * 16, 6); // searchRange
  header.writeUInt16BE(Math.log2(power), 8); // entrySelector
  header.writeUInt16BE(tables.length * 16 - power * 16, 10); // rangeShift
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    header.write(table.tag, record, 'latin1');
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.body.length, record + 12);
    // Tables start on four-byte boundaries.
    const body = Buffer.alloc((table.body.length + 3) & ~3);
    table.body.copy(body);
    bodies.push(body);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}

let pdfFonts: { regular: Buffer; bold: Buffer } | undefined;

/** The two faces as pdfkit gets them (read and stripped once per process). */
export function pdfFontData(): { regular: Buffer; bold: Buffer } {
  if (!pdfFonts) {
    const paths = fontPaths();
    pdfFonts = {
      regular: fontForPdf(readFileSync(paths.regular)),
      bold: fontForPdf(readFileSync(paths.bold)),
    };
  }
  return pdfFonts;
}

/**
 * Registers the italic faces, which only the coordinator's notes use: a report
 * without italic text neither registers nor embeds them, so its bytes stay as
 * they were.
 */
export function registerItalicFonts(doc: PDFKit.PDFDocument): void {
  const require = createRequire(import.meta.url);
  const face = (path: string) => fontForPdf(readFileSync(require.resolve(path)));
  doc.registerFont(
    ITALIC,
    face('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  );
  doc.registerFont(
    BOLD_ITALIC,
    face('@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
  );
}

/** The part of pdfkit's current font (`doc._font`) used here; `font` is fontkit's. */
interface PdfFont extends EmbeddedFont {
  widthOfString(text: string, size: number): number;
}

/** The width in points of `text` set in the report's font at `size`. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/**
 * Registers both faces with a pdfkit document, checks they have every
 * character the report needs (a missing glyph would print as an empty box),
 * makes any other character they lack print as the placeholder (glyphs.ts),
 * and returns how wide the document sets a text in either face: the charts
 * lay out their labels with it, so labels are measured exactly as drawn.
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument): TextMeasure {
  const data = pdfFontData();
  doc.registerFont(REGULAR, data.regular);
  doc.registerFont(BOLD, data.bold);
  const faces = [BOLD, REGULAR].map((face) => {
    doc.font(face);
    const pdfFont = (doc as unknown as { _font: PdfFont })._font;
    const font = pdfFont.font;
    const missing = [...REQUIRED].filter(
      (char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!),
    );
    if (missing.length > 0) {
      throw new Error(
        `font ${face} lacks glyphs for ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`,
      );
    }
    // What it cannot draw prints as the placeholder, never as an empty box.
    drawPlaceholders(pdfFont);
    return pdfFont;
  });
  const [bold, regular] = faces as [PdfFont, PdfFont];
  return (text, size, isBold) => (isBold ? bold : regular).widthOfString(text, size);
}

let coverage: Promise<HasGlyph> | undefined;

/**
 * Whether both faces of the report have a glyph for a code point, from the
 * fonts' own character maps. Loads pdfkit on the first call only.
 */
function reportFontCoverage(): Promise<HasGlyph> {
  coverage ??= (async () => {
    const { default: PDFDocument } = await import('pdfkit');
    // No font of pdfkit's own: its Helvetica is not part of the bundle (scripts/bundle.js).
    const doc = new PDFDocument({ autoFirstPage: false, font: '' });
    const data = pdfFontData();
    const faces: [string, Buffer][] = [
      [REGULAR, data.regular],
      [BOLD, data.bold],
    ];
    const fonts = faces.map(([name, bytes]) => {
      doc.registerFont(name, bytes);
      doc.font(name);
      return (doc as unknown as { _font: EmbeddedFont })._font.font;
    });
    return (codePoint: number) => fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
  })();
  return coverage;
}

/**
 * What ingest needs to warn about text the report cannot print in full:
 * which kinds of characters a text holds that the fonts cannot draw, and
 * the placeholder printed instead.
 */
export async function reportFontCheck(): Promise<{
  missing(text: string): string | null;
  placeholder: string;
}> {
  const has = await reportFontCoverage();
  return {
    missing(text) {
      const chars = undrawable(text, has);
      return chars.length > 0 ? describeCharacters(chars) : null;
    },
    placeholder: PLACEHOLDER,
  };
}
