import { BOLD, REGULAR } from './fonts.js';
import type { Layout } from './layout.js';
import { COLOURS, SIZES } from './theme.js';

/**
 * A small table helper: rows are measured before they are drawn, a row never
 * splits, a table that continues on the next page repeats its header, and
 * the last rows never go over alone. Tagged as one Table of TR rows with
 * TH (column header) and TD cells; a header repeated on a new page, fills
 * and rules are artifacts.
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
  /** A bold closing row ("Kopā"), drawn after a rule. */
  total?: string[];
  /** A bold line above the table, kept on the page with it. */
  caption?: string;
  fontSize?: number;
}

const PADDING_X = 4;
const PADDING_Y = 3;
const LINE_GAP = 1;
/** Rows that must go with the total when the table breaks near its end. */
const LAST_ROWS = 2;

interface Row {
  cells: string[];
  font: string;
  /** Per cell: fits on one line (drawn without line wrapping, which is much faster). */
  single: boolean[];
  height: number;
}

/** Draws a table at the current position, across pages as needed. */
export function drawTable(layout: Layout, spec: TableSpec): void {
  const { doc } = layout;
  const fontSize = spec.fontSize ?? SIZES.body - 0.5;
  const widths = spec.columns.map((column) => column.width * layout.width - 2 * PADDING_X);

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
    return { cells, font, single, height: Math.max(fontSize, ...heights) + 2 * PADDING_Y };
  };

  const { tags } = layout;

  /** A row tagged as TR of TH (column headers) or TD cells, or, repeated on a new page, an artifact. */
  const drawRow = (row: Row, cellRole: 'TH' | 'TD' | 'repeat', fill?: string): void => {
    const y = doc.y;
    if (fill) {
      tags.artifact(() =>
        doc.rect(layout.left, y, layout.width, row.height).fillColor(fill).fill(),
      );
    }
    doc.font(row.font).fontSize(fontSize).fillColor(COLOURS.text);
    const tr = cellRole === 'repeat' ? undefined : tags.element('TR', {}, table);
    let x = layout.left + PADDING_X;
    row.cells.forEach((cell, index) => {
      const width = widths[index]!;
      const right = spec.columns[index]?.align === 'right';
      const draw = (): void => {
        if (row.single[index]) {
          const shift = right ? width - doc.widthOfString(cell) : 0;
          doc.text(cell, x + shift, y + PADDING_Y, { lineBreak: false });
        } else {
          doc.text(cell, x, y + PADDING_Y, {
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
        .lineTo(layout.left + layout.width, doc.y)
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
    if (spec.caption) layout.caption(`${spec.caption} (turpinājums)`, 0, true);
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
  rows.forEach((row, index) => {
    const rest = rows.slice(index);
    const restHeight = sum(rest) + (total?.height ?? 0);
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
  layout.gap(8);
}

/** Two-column label/value table (a list of figures). */
export function drawFigures(
  layout: Layout,
  rows: [string, string][],
  options: { valueHeader?: string; caption?: string } = {},
): void {
  drawTable(layout, {
    columns: [
      { header: 'Rādītājs', width: 0.75 },
      { header: options.valueHeader ?? 'Skaits', width: 0.25, align: 'right' },
    ],
    rows,
    caption: options.caption,
  });
}
