import { BOLD, REGULAR, type TextMeasure } from './fonts.js';
import { barChart, type BarChartSpec } from './charts.js';
import { drawChartSvg, drawChartTexts } from './svg.js';
import { chartDescription } from './alt.js';
import { Tagger } from './tags.js';
import { COLOURS, PAGE, SIZES } from './theme.js';

/** pdfkit's outline options beyond those its type declarations list. */
interface OutlineDestination {
  fit: boolean;
  left: number;
  top: number;
}

/**
 * The page grid and the text styles of the report, and the few drawing
 * operations the sections share. Everything flows top to bottom; whatever
 * would cross the bottom margin starts a new page. Each operation tags what
 * it draws (tags.ts): headings, paragraphs, captions, notes, figures.
 */

/** Lines of a narrative its section heading is kept with. */
const KEEP_LINES = 3;
/** What a heading without a narrative is kept with: a sentence, or a table's caption, header and first row. */
const EMPTY_KEEP = 48;
const CAPTION_GAP = 3;
const CHART_GAP = 8;
/** The least share of its height a chart is drawn at to fit the rest of a page. */
const SQUEEZE = 0.7;

export class Layout {
  /** The outline entry of the latest section, which its subsections go under. */
  private lastSection: PDFKit.PDFOutline | undefined;
  /** The document's structure, which everything drawn is tagged in. */
  readonly tags: Tagger;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** Text widths in the document's faces (from `registerPdfFonts`). */
    readonly measure: TextMeasure,
  ) {
    this.tags = new Tagger(doc);
  }

  get left(): number {
    return PAGE.margins.left;
  }

  get width(): number {
    return this.doc.page.width - PAGE.margins.left - PAGE.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - PAGE.margins.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  /** A section heading, kept on the page with at least `keep` points of what follows. */
  heading(text: string, level: 1 | 2 = 1, keep = 90): void {
    const size = level === 1 ? SIZES.h1 : SIZES.h2;
    const gapAfter = level === 1 ? 6 : 3;
    if (this.doc.y > PAGE.margins.top + 1) this.gap(level === 1 ? 14 : 8);
    // The heading as set (a long one takes two lines) and its gap, plus what it keeps with.
    const own = this.doc.font(BOLD).fontSize(size).heightOfString(text, { width: this.width });
    this.ensureSpace(own + gapAfter + keep);
    this.bookmark(text, level);
    // H1 is the report's title: sections are H2, their subsections H3.
    this.tags.block(level === 1 ? 'H2' : 'H3', () =>
      this.doc
        .font(BOLD)
        .fontSize(size)
        .fillColor(level === 1 ? COLOURS.accent : COLOURS.text)
        .text(text, this.left, this.doc.y, { width: this.width }),
    );
    this.gap(gapAfter);
  }

  /**
   * The outline entry of a heading on this page (sections at the top, their
   * subsections under them), opening the page scrolled to the heading.
   */
  private bookmark(text: string, level: 1 | 2): void {
    const parent = level === 1 ? this.doc.outline : (this.lastSection ?? this.doc.outline);
    // pdfkit writes an XYZ destination as [width − left, height − top]: passing the
    // page width as `left` gives x = 0, and the current y puts the heading at the top.
    const destination: OutlineDestination = {
      fit: false,
      left: this.doc.page.width,
      top: this.doc.y,
    };
    const item = parent.addItem(text, destination as { expanded?: boolean });
    if (level === 1) this.lastSection = item;
  }

  /**
   * A numbered section: its heading stays on the page with the narrative's
   * first lines (or all of a short one); the narrative then flows on. What
   * follows keeps itself together (captions with their charts and tables),
   * so a section never leaves the rest of a page empty waiting for it.
   */
  section(title: string, narrative: string): void {
    const [first] = splitParagraphs(narrative);
    this.doc.font(REGULAR).fontSize(SIZES.body);
    // A section without a narrative keeps its heading with the start of what follows.
    const firstHeight =
      first === undefined
        ? EMPTY_KEEP
        : this.doc.heightOfString(keepDashWithFigure(first), { width: this.width, lineGap: 2.2 });
    this.heading(title, 1, Math.min(firstHeight, KEEP_LINES * SIZES.body * 1.6));
    this.paragraphs(narrative);
  }

  /** Text paragraphs separated by blank lines (the narratives' shape). */
  paragraphs(text: string): void {
    for (const paragraph of splitParagraphs(text)) {
      // Two lines together at a page foot, or the whole paragraph when it is one line
      // (more would push a one-line paragraph off the page its heading kept room on).
      this.doc.font(REGULAR).fontSize(SIZES.body);
      const height = this.doc.heightOfString(keepDashWithFigure(paragraph), {
        width: this.width,
        lineGap: 2.2,
      });
      this.ensureSpace(Math.min(height, SIZES.body * 2.6));
      this.tags.block('P', () =>
        this.doc
          .font(REGULAR)
          .fontSize(SIZES.body)
          .fillColor(COLOURS.text)
          .text(keepDashWithFigure(paragraph), this.left, this.doc.y, {
            width: this.width,
            lineGap: 2.2,
            align: 'left',
          }),
      );
      this.gap(6);
    }
  }

  /** A small grey note under a table or chart. */
  note(text: string): void {
    // A note is read as one piece: never split, unless it is longer than a third of a page.
    this.ensureSpace(Math.min(this.noteHeight(text), (this.bottom - PAGE.margins.top) / 3));
    this.tags.block('Note', () =>
      this.doc
        .font(REGULAR)
        .fontSize(SIZES.small)
        .fillColor(COLOURS.muted)
        .text(keepDashWithFigure(text), this.left, this.doc.y, { width: this.width, lineGap: 1 }),
    );
    this.gap(6);
  }

  /** How tall `note(text)` is, its gap included. */
  noteHeight(text: string): number {
    return (
      this.doc
        .font(REGULAR)
        .fontSize(SIZES.small)
        .heightOfString(keepDashWithFigure(text), { width: this.width, lineGap: 1 }) + 6
    );
  }

  /** A caption above a chart or table, kept on the page with the first `keep` points below it. */
  caption(text: string, keep: number, repeated = false): void {
    this.ensureSpace(this.captionHeight(text) + keep);
    const draw = () =>
      this.doc
        .font(BOLD)
        .fontSize(SIZES.caption)
        .fillColor(COLOURS.text)
        .text(text, this.left, this.doc.y, { width: this.width });
    // A caption repeated over a continued table is page furniture, as its header row is.
    if (repeated) this.tags.artifact(draw);
    else this.tags.block('Caption', draw);
    this.gap(CAPTION_GAP);
  }

  /** How tall `caption(text)` is, its gap included. */
  captionHeight(text: string): number {
    return (
      this.doc.font(BOLD).fontSize(SIZES.caption).heightOfString(text, { width: this.width }) +
      CAPTION_GAP
    );
  }

  /**
   * Draws a bar chart under its caption (charts are drawn in points at the
   * text width). A chart that does not fit in what is left of the page is
   * drawn shorter, down to `SQUEEZE` of its height, rather than moved to the
   * next page with a gap above it; a chart that still does not fit moves.
   * Tagged as a figure whose text alternative says the caption and every
   * bar's value; its own labels are artifacts, so they never read into the
   * text around it.
   */
  chart(caption: string, spec: BarChartSpec): void {
    const captionHeight = this.captionHeight(caption);
    const room = this.bottom - this.doc.y - captionHeight - CHART_GAP;
    let height = spec.height;
    if (room < height) {
      if (room >= spec.height * SQUEEZE) height = Math.floor(room);
      else this.doc.addPage();
    }
    this.caption(caption, height);
    const chart = barChart({ ...spec, height }, this.measure);
    const y = this.doc.y;
    const alt = chartDescription(spec, caption);
    this.tags.block(
      'Figure',
      () => drawChartSvg(this.doc, chart.svg, this.left, y, chart.width, chart.height),
      { alt },
    );
    this.tags.artifact(() => drawChartTexts(this.doc, chart, this.left, y));
    this.doc.x = this.left;
    this.doc.y = y + chart.height + CHART_GAP;
  }

  /** Key figures in boxes, three to a row: big number above a short label. */
  keyFigures(items: { value: string; label: string }[]): void {
    const perRow = 3;
    const spacing = 10;
    const boxWidth = (this.width - spacing * (perRow - 1)) / perRow;
    // Room for a label of two lines under the number.
    const boxHeight = 56;
    for (let start = 0; start < items.length; start += perRow) {
      this.ensureSpace(boxHeight + spacing);
      const y = this.doc.y;
      items.slice(start, start + perRow).forEach((item, index) => {
        const x = this.left + index * (boxWidth + spacing);
        this.tags.artifact(() =>
          this.doc.roundedRect(x, y, boxWidth, boxHeight, 3).fillColor(COLOURS.headerFill).fill(),
        );
        // One paragraph per card, number then label: read as "241 klients periodā".
        this.tags.block('P', () => {
          this.doc
            .font(BOLD)
            .fontSize(SIZES.keyFigure)
            .fillColor(COLOURS.accent)
            .text(item.value, x + 8, y + 6, { width: boxWidth - 16, lineBreak: false });
          this.doc
            .font(REGULAR)
            .fontSize(SIZES.small)
            .fillColor(COLOURS.text)
            .text(item.label, x + 8, y + 31, { width: boxWidth - 16, height: 22, ellipsis: true });
        });
      });
      this.doc.x = this.left;
      this.doc.y = y + boxHeight + spacing;
    }
  }
}

/** Paragraphs separated by blank lines, each joined onto one line. */
function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * Running text as pdfkit should break it: the figure after a list's dash stays
 * on the dash's line ("bērnu izglītība – 71"). The no-break space the
 * typography puts there is not enough: by the Unicode line-breaking rules a
 * line may still break after "–", and the no-break space then starts the next
 * line as a visible indent. A word joiner (U+2060, drawn as nothing and left
 * out of the text layer) forbids that break.
 */
export function keepDashWithFigure(text: string): string {
  return text.replace(/–\u00A0/g, '–\u2060\u00A0');
}
