import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { fileProblem, UserError } from '../../errors.js';
import type { SectionContext } from '../context.js';
import { BOLD, REGULAR } from '../fonts.js';
import { formatLongDate, formatPeriod, isoDay } from '../format.js';
import { contractLine, fundingSentence, projectName } from '../identification.js';
import { typeset } from '../../lv/typography.js';
import { COLOURS, SIZES } from '../theme.js';

const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 160;

/** A logo's largest file, in bytes: 5 MB. Larger ones are refused before they are read. */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
/** A logo's largest width and height, in pixels: a title-page logo needs far fewer. */
export const LOGO_MAX_PIXELS = 4000;

/**
 * Reads every logo before drawing, so that a bad path fails the run with its
 * name. A logo listed twice (by the same path, or the same image under
 * another name) is read and embedded once. A file over 5 MB is refused from
 * its size alone, and one over 4,000 pixels from the dimensions in its
 * header, before any pixel is decoded: a huge image would take the whole
 * machine's memory for a 48-point logo.
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
interface PdfImages {
  openImage(source: Buffer): { width: number; height: number };
}

/** The line under the title, which the PDF's title metadata repeats: "laika posmā no … līdz …". */
export function periodLine(stats: SectionContext['stats']): string {
  return `laika posmā ${formatPeriod(stats.period.from, stats.period.to)}`;
}

/** Logos, title, period, organisation, contract and the date prepared. */
export function drawTitle(context: SectionContext, logos: Buffer[]): void {
  const { layout, config, stats } = context;
  const { doc } = layout;
  if (logos.length > 0) {
    let x = layout.left;
    let y = doc.y;
    for (const logo of logos) {
      const image = (doc as unknown as PdfImages).openImage(logo);
      const scale = Math.min(LOGO_HEIGHT / image.height, LOGO_MAX_WIDTH / image.width);
      // Logos that would cross the right margin start a new row.
      if (x > layout.left && x + image.width * scale > layout.left + layout.width) {
        x = layout.left;
        y += LOGO_HEIGHT + 10;
      }
      // Logos are decoration: the organisations are named in the text below.
      layout.tags.artifact(() =>
        // pdfkit accepts the opened image where its types only name the sources.
        doc.image(image as unknown as Buffer, x, y, {
          width: image.width * scale,
          height: image.height * scale,
        }),
      );
      x += image.width * scale + 18;
    }
    doc.y = y + LOGO_HEIGHT + 18;
  }

  // The title with its period line is the one H1, as the PDF's title metadata is.
  layout.tags.block('H1', () => {
    doc
      .font(BOLD)
      .fontSize(SIZES.title)
      .fillColor(COLOURS.text)
      .text(config.title, layout.left, doc.y, { width: layout.width, lineGap: 2 });
    layout.gap(4);
    doc
      .font(REGULAR)
      .fontSize(SIZES.subtitle)
      .text(periodLine(stats), layout.left, doc.y, { width: layout.width });
  });
  layout.gap(12);

  const lines: [string, string][] = [
    ['Pakalpojuma sniedzējs', typeset(config.organisation)],
    ['Līgums', contractLine(config)],
  ];
  if (config.contract.title) lines.push(['Līguma priekšmets', `„${config.contract.title}”`]);
  const project = projectName(config);
  if (project) lines.push(['Projekts', `Eiropas Sociālā fonda projekts ${project}`]);
  lines.push(['Finansējums', fundingSentence(config, stats.period, context.generatedOn)]);
  lines.push(['Sagatavots', formatLongDate(isoDay(context.generatedOn), 'loc')]);
  for (const [label, value] of lines) {
    const y = doc.y;
    layout.tags.block('P', () => {
      doc.font(BOLD).fontSize(SIZES.body).text(`${label}:`, layout.left, y, { width: 130 });
      doc.font(REGULAR).text(value, layout.left + 130, y, { width: layout.width - 130 });
    });
    doc.y = Math.max(doc.y, y + SIZES.body * 1.4) + 2;
  }
  layout.gap(6);
  layout.tags.artifact(() =>
    doc
      .moveTo(layout.left, doc.y)
      .lineTo(layout.left + layout.width, doc.y)
      .lineWidth(0.8)
      .strokeColor(COLOURS.accent)
      .stroke(),
  );
  layout.gap(4);
}
