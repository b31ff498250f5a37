import { createRequire } from 'node:module';

/**
 * The report's one typeface, Noto Sans, taken from the npm package (never from
 * the system), so the PDF and the charts look the same on every machine and
 * every Latvian letter has a glyph.
 */

export const FONT_FAMILY = 'Noto Sans';
/** pdfkit names of the registered faces. */
export const REGULAR = 'NotoSans-Regular';
export const BOLD = 'NotoSans-Bold';

export interface FontPaths {
  regular: string;
  bold: string;
}

/** Characters the report prints that a font might lack: Latvian letters, the spaces ICU puts in numbers, dashes. */
const REQUIRED = 'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ\u00A0\u202F–−×€„“';

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

/** The part of fontkit's font object that pdfkit exposes on its current font. */
interface GlyphSource {
  _font?: { font?: { hasGlyphForCodePoint(codePoint: number): boolean } };
}

/**
 * Registers both faces with a pdfkit document and checks they have every
 * character the report needs (a missing glyph would print as an empty box).
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  const paths = fontPaths();
  doc.registerFont(REGULAR, paths.regular);
  doc.registerFont(BOLD, paths.bold);
  for (const face of [BOLD, REGULAR]) {
    doc.font(face);
    const font = (doc as unknown as GlyphSource)._font?.font;
    const missing = [...REQUIRED].filter(
      (char) => !font?.hasGlyphForCodePoint(char.codePointAt(0)!),
    );
    if (missing.length > 0) {
      throw new Error(
        `font ${face} lacks glyphs for ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`,
      );
    }
  }
}
