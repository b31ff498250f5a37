/**
 * The config's logos, read and checked before anything else is: a file over
 * 5 MB is refused from its size alone, and one over 4,000 pixels from the
 * dimensions in its header, before any pixel is decoded (a huge image would
 * take the whole machine's memory for a 48-point logo). The report commands
 * read them when the config is loaded, before the exports (cli/job.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { fileProblem, UserError } from '../errors.js';

/** A logo's largest file, in bytes: 5 MB. Larger ones are refused before they are read. */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
/** A logo's largest width and height, in pixels: a title-page logo needs far fewer. */
export const LOGO_MAX_PIXELS = 4000;

/**
 * Reads and checks every logo (paths relative to `configDir`); a bad one is a
 * config error naming it (exit 2). A logo listed twice (by the same path, or
 * the same image under another name) is returned, and so embedded, once.
 */
export async function readLogos(paths: readonly string[], configDir: string): Promise<Buffer[]> {
  const files = [...new Map(paths.map((path) => [resolve(configDir, path), path])).entries()];
  const logos = await Promise.all(files.map(([file, path]) => readLogo(file, path)));
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
  let image: { width: number; height: number };
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
  return bytes;
}

/** Bytes in megabytes (1,048,576 bytes, as file managers count them), one decimal at most. */
function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/** pdfkit's image loader, missing from its type declarations. */
export interface PdfImages {
  openImage(source: Buffer): { width: number; height: number };
}
