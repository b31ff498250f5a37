import type { SectionContext } from '../context.js';
import type { PdfImages } from '../logos.js';
import { BOLD, REGULAR } from '../fonts.js';
import { formatLongDate, formatPeriod, isoDay } from '../format.js';
import { contractLine, fundingSentence, projectName } from '../identification.js';
import { typeset } from '../../lv/typography.js';
import { COLOURS, SIZES } from '../theme.js';

const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 160;

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
