import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Config } from '../config/schema.js';
import type { Statistics } from '../model/statistics.js';
import type { SectionContext } from './context.js';
import type { Narratives } from './narrative.js';
import { serializeStatistics } from '../stats/serialize.js';
import { embedStatistics, infoDictionary, makeArchival, type DocumentMetadata } from './archive.js';
import { pdfFontData, REGULAR, registerPdfFonts } from './fonts.js';
import { formatPeriod } from './format.js';
import { documentTitle, fundingSentence, plainSpaces } from './identification.js';
import { latvianQuotes } from '../lv/typography.js';
import { Layout } from './layout.js';
import { drawBilling } from './sections/billing.js';
import { drawClosures } from './sections/closures.js';
import { drawComparison } from './sections/comparison.js';
import { drawCountries } from './sections/countries.js';
import { drawLocations } from './sections/locations.js';
import { drawMonthly } from './sections/monthly.js';
import { drawPortrait } from './sections/portrait.js';
import { drawQuality } from './sections/quality.js';
import { drawServices } from './sections/services.js';
import { drawStaff } from './sections/staff.js';
import { drawStatus } from './sections/status.js';
import { drawSummary } from './sections/summary.js';
import { readLogos } from './logos.js';
import { drawTitle } from './sections/title.js';
import { drawNotes } from './notes.js';
import type { NotePlace, ReportNotes } from '../notes.js';
import { COLOURS, PAGE, SIZES } from './theme.js';

/** The report's language, as PDF and XMP name it. */
const LANGUAGE = 'lv-LV';

/**
 * The interim-report PDF. This module pulls in pdfkit, Chart.js and the
 * canvas: import it dynamically (`await import('../render/pdf.js')`) so that
 * commands which do not render stay fast.
 */

export type { Narratives } from './narrative.js';

export interface RenderOptions {
  narratives: Narratives;
  /** The report's date: printed as "Sagatavots …" and stored as the PDF's CreationDate. */
  generatedOn: Date;
  /** Directory that relative logo paths are resolved against. */
  configDir: string;
  /** The config's logos, already read and checked (`readLogos`); read here when absent. */
  logos?: Buffer[];
  /**
   * The statistics JSON written beside the PDF, embedded in it byte for byte
   * (default: the serialisation of `stats`, which is what the CLI writes).
   */
  statisticsJson?: string;
  /** The coordinator's notes for the period (`--notes`), printed under the sections they name. */
  notes?: ReportNotes;
}

/**
 * Renders the whole report in memory. The same statistics, config, narratives
 * and date give the same bytes (no clock, no randomness). pdfkit derives the
 * document id from the info dictionary, which holds `generatedOn` and a digest
 * of the content: two reports of one date with different figures differ in id.
 */
export async function renderReport(
  stats: Statistics,
  config: Config,
  options: RenderOptions,
): Promise<Buffer> {
  const logos = options.logos ?? (await readLogos(config.logos, options.configDir));
  const metadata: DocumentMetadata = {
    // The title names the period, as the title page does: a reader's window shows it.
    title: documentTitle(config, stats.period),
    author: latvianQuotes(config.organisation),
    subject: plainSpaces(`Starpposma ziņojums ${formatPeriod(stats.period.from, stats.period.to)}`),
    creator: 'lsk-report',
    producer: 'PDFKit',
    language: LANGUAGE,
    date: options.generatedOn,
  };
  const info = {
    ...infoDictionary(metadata),
    // A custom entry (PDF allows them): aggregate figures and prose only, nothing personal.
    ContentDigest: createHash('sha256')
      .update(
        JSON.stringify(
          options.notes ? [stats, options.narratives, options.notes] : [stats, options.narratives],
        ),
      )
      .digest('hex'),
  } as PDFKit.DocumentInfo;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE.margins },
    bufferPages: true,
    // PDF/A-3 and PDF/UA-1 (archive.ts): PDF 1.7, tagged, with its language and title shown.
    pdfVersion: '1.7',
    tagged: true,
    lang: LANGUAGE,
    displayTitle: true,
    // Our own default font, so pdfkit never loads its Helvetica metrics.
    font: pdfFontData().regular as unknown as string, // pdfkit takes a Buffer too
    info,
  });
  makeArchival(doc, metadata);
  embedStatistics(doc, options.statisticsJson ?? serializeStatistics(stats), options.generatedOn);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const measure = registerPdfFonts(doc);
  const context: SectionContext = {
    layout: new Layout(doc, measure),
    stats,
    config,
    narratives: options.narratives,
    generatedOn: options.generatedOn,
    configDir: options.configDir,
    ...(options.notes ? { notes: options.notes } : {}),
  };
  drawTitle(context, logos);
  // The summary prints its own notes and "Konteksts" (page 1), before the contact persons.
  drawSummary(context);
  // Each section, then the notes the coordinator wrote under its name.
  const sections: [NotePlace, (context: SectionContext) => void][] = [
    ['comparison', drawComparison],
    ['monthly', drawMonthly],
    ['portrait', drawPortrait],
    ['countries', drawCountries],
    ['status', drawStatus],
    ['services', drawServices],
    ['closures', drawClosures],
    ['locations', drawLocations],
    ['staff', drawStaff],
    ['billing', drawBilling],
    ['quality', drawQuality],
  ];
  for (const [place, draw] of sections) {
    draw(context);
    drawNotes(context, place);
  }
  drawFooters(context.layout, fundingSentence(config, stats.period, options.generatedOn));
  context.layout.tags.end();

  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/** The funding sentence and "N. lpp. no M" on every page, written once the page count is known. */
function drawFooters(layout: Layout, funding: string): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Text below the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = doc.page.height - PAGE.margins.bottom + 22;
    // Running footers are page furniture: an artifact, not part of the text.
    layout.tags.artifact(
      () => drawFooter(layout, funding, top, index - range.start + 1, range.count),
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}

/** One page's rule, funding sentence and page number. */
function drawFooter(
  layout: Layout,
  funding: string,
  top: number,
  page: number,
  pages: number,
): void {
  const { doc } = layout;
  const numberWidth = 70;
  doc
    .moveTo(layout.left, top)
    .lineTo(layout.left + layout.width, top)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc
    .font(REGULAR)
    .fontSize(SIZES.footer)
    .fillColor(COLOURS.muted)
    .text(funding, layout.left, top + 5, {
      width: layout.width - numberWidth - 10,
      lineGap: 0.5,
    });
  doc
    .fontSize(SIZES.pageNumber)
    .text(`${page}. lpp. no ${pages}`, layout.left + layout.width - numberWidth, top + 5, {
      width: numberWidth,
      align: 'right',
      lineBreak: false,
    });
}
