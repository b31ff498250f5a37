import { BOLD, REGULAR } from './fonts.js';
import type { Layout } from './layout.js';
import { COLOURS, SIZES } from './theme.js';

/**
 * A small table helper: rows are measured before they are drawn, a row never
 * splits, a table that continues on the next page repeats its header, and
 * the last rows never go over alone. Header cells sit on the header row's
 * bottom line, so a wrapped header reads down to its figures. A table of a
 * label and one or two figure columns is as wide as its text needs, in one
 * of a few set widths (`COMPACT_WIDTHS`), not stretched across the page. A
 * table whose figures are all zero is one sentence instead. Tagged as one
 * Table of TR rows with TH (column header) and TD cells; a header repeated
 * on a new page, fills and rules are artifacts.
 */

export interface Column {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableSpec {
  columns: Column[];
  rows: string[][];
  /** A bold closing row ("Kopā", "Summa"), drawn after a rule. */
  total?: string[];
  /** A bold line above the table, kept on the page with it. */
  caption?: string;
  /**
   * What the report says instead of the table when every figure in it
   * (every cell of a right-aligned column, the total's included) is 0; an
   * empty sentence when the narrative above has said it already.
   */
  allZero?: string;
  /**
   * A note under the table that its cells refer to ("Periodā kopā*"): kept on
   * the page with the table's last rows, never alone at the top of the next.
   */
  footnote?: string;
}

const PADDING_X = 4;
const PADDING_Y = 3;
const LINE_GAP = 1;
/** The space after a table. */
const TABLE_GAP = 8;
/** Rows that must go with the total when the table breaks near its end. */
const LAST_ROWS = 2;
/**
 * The shares of the text width a compact (label and figures) table takes: the
 * least that holds its text. A few set widths, so tables on a page line up.
 */
const COMPACT_WIDTHS = [0.6, 0.8, 1];
/** The least width of a figure column in a compact table, in points. */
const FIGURE_MIN = 56;

interface Row {
  cells: string[];
  font: string;
  /** Per cell: fits on one line (drawn without line wrapping, which is much faster). */
  single: boolean[];
  /** Per cell: the height of its text. */
  heights: number[];
  height: number;
}

/**
 * Draws a table at the current position, across pages as needed. Returns
 * false when the table was all zeros and its sentence stood in for it (notes
 * about the table are then left out too).
 */
export function drawTable(layout: Layout, spec: TableSpec): boolean {
  const { doc } = layout;
  if (spec.allZero !== undefined && allFiguresZero(spec)) {
    if (spec.allZero) layout.paragraphs(spec.allZero);
    return false;
  }
  const fontSize = SIZES.body - 0.5;
  const compact = compactWidth(layout, spec, fontSize);
  const tableWidth = compact ?? layout.width;
  const widths =
    compact === undefined
      ? spec.columns.map((column) => column.width * tableWidth - 2 * PADDING_X)
      : compactColumns(layout, spec, fontSize, compact);

  const measure = (cells: string[], font: string): Row => {
    doc.font(font).fontSize(fontSize);
    const single = cells.map(
      (cell, index) => !cell.includes('\n') && doc.widthOfString(cell) <= widths[index]!,
    );
    const heights = cells.map((cell, index) =>
      single[index]
        ? doc.currentLineHeight()
        : doc.heightOfString(cell, { width: widths[index]!, lineGap: LINE_GAP }),
    );
    return {
      cells,
      font,
      single,
      heights,
      height: Math.max(fontSize, ...heights) + 2 * PADDING_Y,
    };
  };

  const { tags } = layout;

  /** A row tagged as TR of TH (column headers) or TD cells, or, repeated on a new page, an artifact. */
  const drawRow = (row: Row, cellRole: 'TH' | 'TD' | 'repeat', fill?: string): void => {
    const y = doc.y;
    if (fill) {
      tags.artifact(() => doc.rect(layout.left, y, tableWidth, row.height).fillColor(fill).fill());
    }
    doc.font(row.font).fontSize(fontSize).fillColor(COLOURS.text);
    const tr = cellRole === 'repeat' ? undefined : tags.element('TR', {}, table);
    let x = layout.left + PADDING_X;
    row.cells.forEach((cell, index) => {
      const width = widths[index]!;
      const right = spec.columns[index]?.align === 'right';
      // Header cells stand on the row's bottom line (a wrapped cell's height ends in a line gap); body cells hang from its top.
      const textHeight = row.heights[index]! - (row.single[index] ? 0 : LINE_GAP);
      const top = y + PADDING_Y + (cellRole === 'TD' ? 0 : row.height - 2 * PADDING_Y - textHeight);
      const draw = (): void => {
        if (row.single[index]) {
          const shift = right ? width - doc.widthOfString(cell) : 0;
          doc.text(cell, x + shift, top, { lineBreak: false });
        } else {
          doc.text(cell, x, top, {
            width,
            align: right ? 'right' : 'left',
            lineGap: LINE_GAP,
          });
        }
      };
      if (cellRole === 'repeat') tags.artifact(draw);
      else if (cellRole === 'TH') tags.block('TH', draw, { scope: 'Column' }, tr);
      else tags.block('TD', draw, {}, tr);
      x += width + 2 * PADDING_X;
    });
    doc.x = layout.left;
    doc.y = y + row.height;
  };

  const rule = (colour: string, weight = 0.5): void => {
    tags.artifact(() =>
      doc
        .moveTo(layout.left, doc.y)
        .lineTo(layout.left + tableWidth, doc.y)
        .lineWidth(weight)
        .strokeColor(colour)
        .stroke(),
    );
  };

  const captionHeight = spec.caption ? layout.captionHeight(spec.caption) : 0;
  const header = measure(
    spec.columns.map((column) => column.header),
    BOLD,
  );
  const rows = spec.rows.map((cells) => measure(cells, REGULAR));
  const total = spec.total ? measure(spec.total, BOLD) : undefined;
  const sum = (list: Row[]) => list.reduce((height, row) => height + row.height, 0);
  /** The header row: tagged the first time, an artifact where a new page repeats it. */
  const drawHeader = (repeated: boolean): void => {
    drawRow(header, repeated ? 'repeat' : 'TH', COLOURS.headerFill);
    rule(COLOURS.rule);
  };
  // On every page after the first, the caption again (marked as continued) and the header.
  const continueOnNextPage = (): void => {
    doc.addPage();
    if (spec.caption) layout.caption(continuedCaption(spec.caption), 0, true);
    drawHeader(true);
  };

  // Keep the caption and header with the first rows (all of a short table).
  const first = rows.length <= 6 ? rows : rows.slice(0, 3);
  layout.ensureSpace(
    captionHeight + header.height + sum(first) + (rows.length <= 6 ? (total?.height ?? 0) : 0) + 1,
  );
  if (spec.caption) layout.caption(spec.caption, 0);
  // One Table element however many pages the table spans.
  const table = tags.element('Table');
  drawHeader(false);
  // The gap after the table and the footnote, which go where the last rows go.
  const footnoteHeight = spec.footnote ? TABLE_GAP + layout.noteHeight(spec.footnote) : 0;
  rows.forEach((row, index) => {
    const rest = rows.slice(index);
    const restHeight = sum(rest) + (total?.height ?? 0) + footnoteHeight;
    const breakForRow = doc.y + row.height > layout.bottom;
    // Near the end, move the last rows over together with the total rather than one alone.
    const breakForEnd = rest.length <= LAST_ROWS && doc.y + restHeight > layout.bottom && index > 0;
    if (breakForRow || breakForEnd) continueOnNextPage();
    drawRow(row, 'TD');
    rule(COLOURS.faint);
  });
  if (total) {
    if (doc.y + total.height > layout.bottom) continueOnNextPage();
    rule(COLOURS.rule, 0.8);
    drawRow(total, 'TD');
  }
  layout.gap(TABLE_GAP);
  if (spec.footnote) layout.note(spec.footnote);
  return true;
}

/**
 * A caption repeated over a continued table: "Visas valstis (turpinājums)". A
 * caption that ends in brackets takes the word inside them, "Piemēri (fails un
 * rinda; turpinājums)", rather than a second pair: ") (turpinājums)".
 */
export function continuedCaption(caption: string): string {
  const trimmed = caption.trimEnd();
  return trimmed.endsWith(')')
    ? `${trimmed.slice(0, -1)}; turpinājums)`
    : `${trimmed} (turpinājums)`;
}

/** Two-column label/value table (a list of figures), its last figure a bold total when it sums the others. */
export function drawFigures(
  layout: Layout,
  rows: [string, string][],
  options: {
    valueHeader?: string;
    caption?: string;
    total?: [string, string];
    allZero?: string;
  } = {},
): boolean {
  return drawTable(layout, {
    columns: [
      { header: 'Rādītājs', width: 0.75 },
      { header: options.valueHeader ?? 'Skaits', width: 0.25, align: 'right' },
    ],
    rows,
    total: options.total,
    caption: options.caption,
    allZero: options.allZero,
  });
}

/** A figure that counts nothing: 0 (also "0,0"), a blank, or the dash of an average of no one. */
const NOTHING = /^(0([,.]0+)?|–|-)?$/;

/** Whether every figure of the table (its right-aligned columns, total included) counts nothing. */
function allFiguresZero(spec: TableSpec): boolean {
  const figures = spec.columns.flatMap((column, index) =>
    column.align === 'right' ? [index] : [],
  );
  return (
    figures.length > 0 &&
    [...spec.rows, ...(spec.total ? [spec.total] : [])].every((cells) =>
      figures.every((index) => NOTHING.test((cells[index] ?? '').trim())),
    )
  );
}

/**
 * The width of a label-and-figures table (a left-aligned first column and one
 * or two right-aligned ones): the least of `COMPACT_WIDTHS` that holds its
 * longest label and figures on one line each (the full width may wrap them).
 * `undefined` for any other table, which spans the text width.
 */
function compactWidth(layout: Layout, spec: TableSpec, fontSize: number): number | undefined {
  const [label, ...figures] = spec.columns;
  if (!label || label.align === 'right' || figures.length === 0 || figures.length > 2) return;
  if (figures.some((column) => column.align !== 'right')) return;
  const needed = spec.columns.reduce(
    (sum, _, index) => sum + naturalWidth(layout, spec, fontSize, index) + 2 * PADDING_X,
    0,
  );
  // A little air between the labels and the figures.
  const share = COMPACT_WIDTHS.find((width) => width * layout.width >= needed + 24) ?? 1;
  return share * layout.width;
}

/** The widest text of column `index`: its header (bold), its cells, its total (bold). */
function naturalWidth(layout: Layout, spec: TableSpec, fontSize: number, index: number): number {
  const { doc } = layout;
  const widest = (texts: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(0, ...texts.map((text) => doc.widthOfString(text ?? '')));
  };
  const width = Math.max(
    widest([spec.columns[index]!.header, ...(spec.total ? [spec.total[index] ?? ''] : [])], BOLD),
    widest(
      spec.rows.map((cells) => cells[index] ?? ''),
      REGULAR,
    ),
  );
  return index === 0 ? width : Math.max(width, FIGURE_MIN - 2 * PADDING_X);
}

/**
 * The text width of each column of a compact table (padding left out): the
 * figure columns what their widest figure or header needs, the label column
 * the rest (its labels wrap if the page is too narrow for them).
 */
function compactColumns(
  layout: Layout,
  spec: TableSpec,
  fontSize: number,
  tableWidth: number,
): number[] {
  const figures = spec.columns
    .slice(1)
    .map((_, index) => naturalWidth(layout, spec, fontSize, index + 1));
  const label = tableWidth - figures.reduce((sum, width) => sum + width + 2 * PADDING_X, 0);
  return [label - 2 * PADDING_X, ...figures];
}
