import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF opened with pdfjs-dist's legacy (Node) build, no fonts from the system. */
export function openPdf(pdf: Uint8Array) {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  return getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** The text layer of a PDF, page by page, as a reader's copy-and-paste would give it. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await openPdf(pdf);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  await document.destroy();
  return pages;
}

/** Whitespace (including no-break spaces) collapsed to single spaces, for matching phrases across line breaks. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** The document information dictionary (Title, Author, Subject, CreationDate as `D:…`). */
export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const { info } = await document.getMetadata();
  await document.destroy();
  return info as Record<string, unknown>;
}

/** A piece of text on a page, with its left edge, baseline (from the page top), width and size, in points. */
export interface PlacedText {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Set in a bold face (headings, captions, table headers and totals). */
  bold: boolean;
}

/** Every non-blank text item with its position, size and weight, to check how pages are laid out. */
export async function pdfPlacedTexts(
  pdf: Uint8Array,
): Promise<{ items: PlacedText[]; pageSize: [number, number] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const items: PlacedText[] = [];
  let pageSize: [number, number] = [0, 0];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    pageSize = [width, height];
    const content = await page.getTextContent();
    // The fonts' names (NotoSans-Bold, …) are known once the page's operators are read.
    await page.getOperatorList();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [size, , , , x, y] = item.transform as number[];
      const font = page.commonObjs.get(item.fontName) as { name?: string } | undefined;
      items.push({
        page: number,
        text: item.str,
        x: x!,
        y: height - y!,
        width: item.width,
        size: Math.round(size! * 100) / 100,
        bold: /Bold/.test(font?.name ?? ''),
      });
    }
  }
  await document.destroy();
  return { items, pageSize };
}
