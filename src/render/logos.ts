/**
 * The config's logos, read and checked before anything else is: a file over
 * 5 MB is refused from its size alone, and one over 4,000 pixels from the
 * dimensions in its header, before any pixel is decoded (a huge image would
 * take the whole machine's memory for a 48-point logo). The report commands
 * read them when the config is loaded, before the exports (cli/job.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { fileProblem, UserError } from '../errors.js';

/** A logo's largest file, in bytes: 5 MB. Larger ones are refused before they are read. */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
/** A logo's largest width and height, in pixels: a title-page logo needs far fewer. */
export const LOGO_MAX_PIXELS = 4000;

/**
 * Reads and checks every logo (paths relative to `configDir`); a bad one is a
 * config error naming it as `shown` gives it (exit 2). A logo listed twice (by
 * the same path, or the same image under another name) is returned, and so
 * embedded, once.
 */
export async function readLogos(
  paths: readonly string[],
  configDir: string,
  shown: (path: string) => string = (path) => path,
): Promise<Buffer[]> {
  const files = [...new Map(paths.map((path) => [resolve(configDir, path), path])).entries()];
  const logos = await Promise.all(files.map(([file, path]) => readLogo(file, shown(path))));
  return logos.filter((logo, index) => logos.findIndex((other) => other.equals(logo)) === index);
}

async function readLogo(file: string, path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > LOGO_MAX_BYTES) {
      throw new UserError(
        `config: logos: ${path} is ${megabytes(size)} MB; a logo may be at most ` +
          `${megabytes(LOGO_MAX_BYTES)} MB: save it smaller (at most ${LOGO_MAX_PIXELS} pixels wide and high)`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    const problem = fileProblem(error);
    if (problem === null) throw error;
    throw new UserError(`config: logos: cannot read ${path}: ${problem}`);
  }
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw new UserError(`config: logos: ${path} is not a PNG or JPEG image`);
  // No font: pdfkit's default, Helvetica, is not part of the bundle (scripts/bundle.js).
  // Made outside the `try`, so that only the image's own errors are blamed on it.
  const probe = new PDFDocument({ autoFirstPage: false, font: '' });
  // pdfkit reads the image's header here (its pixels are decoded only when embedded):
  // a damaged image fails with its name, rather than while the PDF is drawn.
  let image: OpenedImage;
  try {
    image = (probe as unknown as PdfImages).openImage(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/[.\s]+$/, '') : String(error);
    throw new UserError(`config: logos: ${path} is a damaged image (${reason})`);
  }
  if (image.width > LOGO_MAX_PIXELS || image.height > LOGO_MAX_PIXELS) {
    throw new UserError(
      `config: logos: ${path} is ${image.width} × ${image.height} pixels; a logo may be at most ` +
        `${LOGO_MAX_PIXELS} pixels wide and high: scale it down`,
    );
  }
  const damage = image.image === undefined ? null : damagedPixels(image.image);
  if (damage !== null) {
    throw new UserError(
      `config: logos: ${path} is a damaged image (${damage}); save it again from the original`,
    );
  }
  return image.image !== undefined && garbledByPdfkit(image.image)
    ? redrawnWithAlpha(bytes)
    : bytes;
}

/** What pdfkit's PNG decoder (png-js) knows of an image's pixel data. */
interface PngPixels {
  width: number;
  height: number;
  /** 3 for a palette image. */
  colorType: number;
  /** Bits per sample, or per palette index. */
  bits: number;
  /** The tRNS chunk: a palette image's alpha per colour is `indexed`. */
  transparency: { indexed?: number[] };
  /** Bits a pixel takes, alpha included. */
  pixelBitlength: number;
  /** 1 for Adam7 interlacing. */
  interlaceMethod: number;
  /** The IDAT chunks' bytes: the pixel rows, compressed. */
  imgData: Uint8Array;
}

/** The filters a PNG row can start with: None, Sub, Up, Average and Paeth. */
const PNG_FILTERS = 5;
/** Adam7's seven passes, as [x0, y0, dx, dy]; an image not interlaced is one pass. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/**
 * Why a PNG's pixel rows cannot be decoded, or null. pdfkit decodes them only while
 * the PDF is written, and png-js then throws its error out of a zlib callback, where
 * nothing can catch it: the run would die with a stack trace. So the rows are
 * inflated here and walked as png-js walks them, by the filter byte each starts with.
 */
export function damagedPixels(png: PngPixels): string | null {
  let rows: Buffer;
  try {
    rows = inflateSync(png.imgData);
  } catch (error) {
    return `its pixel data cannot be decompressed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const passes = png.interlaceMethod === 1 ? ADAM7 : ([[0, 0, 1, 1]] as const);
  let at = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const rowBytes = Math.ceil((png.pixelBitlength / 8) * Math.ceil((png.width - x0) / dx));
    const passRows = Math.ceil((png.height - y0) / dy);
    for (let row = 0; row < passRows && at < rows.length; row++) {
      if (rows[at]! >= PNG_FILTERS) return `a row of pixels has an unknown filter, ${rows[at]}`;
      at += 1 + rowBytes;
    }
  }
  return null;
}

/** Bytes in megabytes (1,048,576 bytes, as file managers count them), one decimal at most. */
function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/** pdfkit's image loader, missing from its type declarations. */
export interface PdfImages {
  openImage(source: Buffer): OpenedImage;
}

/** An image pdfkit opened: a PNG's decoder is `image`, a JPEG has none. */
interface OpenedImage {
  width: number;
  height: number;
  image?: PngPixels;
}

/**
 * pdfkit builds the mask of a palette PNG with transparency as if each pixel took a
 * byte, so with 1, 2 or 4 bits a pixel (as image optimisers save small logos) the
 * logo prints cut to pieces, its colours right and its transparency wrong.
 */
function garbledByPdfkit(png: PngPixels): boolean {
  return png.colorType === 3 && png.bits < 8 && png.transparency.indexed !== undefined;
}

/** The image drawn once on a canvas and saved as a PNG with 8-bit colour and alpha, which pdfkit embeds right. */
async function redrawnWithAlpha(bytes: Buffer): Promise<Buffer> {
  const { createCanvas, loadImage } = await import('./canvas.js');
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.toBuffer('image/png');
}
