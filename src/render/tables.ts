import { BOLD, REGULAR } from './fonts.js';
import { COLOURS, SIZES, type Layout } from './layout.js';

/**
 * A small table helper: rows are measured before they are drawn, a row never
 * splits, and a table that continues on the next page repeats its header.
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
  fontSize?: number;
}

const PADDING_X = 4;
const PADDING_Y = 3;

/** Draws a table at the current position, across pages as needed. */
export function drawTable(layout: Layout, spec: TableSpec): void {
  const { doc } = layout;
  const fontSize = spec.fontSize ?? SIZES.body - 0.5;
  const widths = spec.columns.map((column) => column.width * layout.width);

  const rowHeight = (cells: string[], font: string): number => {
    doc.font(font).fontSize(fontSize);
    const heights = cells.map((cell, index) =>
      doc.heightOfString(cell, { width: widths[index]! - 2 * PADDING_X, lineGap: 1 }),
    );
    return Math.max(fontSize, ...heights) + 2 * PADDING_Y;
  };

  const drawRow = (cells: string[], font: string, fill?: string): void => {
    const height = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(layout.left, y, layout.width, height).fillColor(fill).fill();
    let x = layout.left;
    doc.font(font).fontSize(fontSize).fillColor(COLOURS.text);
    cells.forEach((cell, index) => {
      const width = widths[index]!;
      doc.text(cell, x + PADDING_X, y + PADDING_Y, {
        width: width - 2 * PADDING_X,
        align: spec.columns[index]?.align ?? 'left',
        lineGap: 1,
      });
      x += width;
    });
    doc.x = layout.left;
    doc.y = y + height;
  };

  const rule = (colour: string, weight = 0.5): void => {
    doc
      .moveTo(layout.left, doc.y)
      .lineTo(layout.left + layout.width, doc.y)
      .lineWidth(weight)
      .strokeColor(colour)
      .stroke();
  };

  const header = spec.columns.map((column) => column.header);
  const headerHeight = rowHeight(header, BOLD);
  const drawHeader = (): void => {
    drawRow(header, BOLD, COLOURS.headerFill);
    rule(COLOURS.rule);
  };

  // Keep the header with the first rows (all of a short table).
  const firstRows = spec.rows.length <= 6 ? spec.rows : spec.rows.slice(0, 3);
  layout.ensureSpace(
    headerHeight + firstRows.reduce((sum, row) => sum + rowHeight(row, REGULAR), 0) + 1,
  );
  drawHeader();
  for (const row of spec.rows) {
    const height = rowHeight(row, REGULAR);
    if (doc.y + height > layout.bottom) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, REGULAR);
    rule(COLOURS.faint);
  }
  if (spec.total) {
    const height = rowHeight(spec.total, BOLD);
    if (doc.y + height > layout.bottom) {
      doc.addPage();
      drawHeader();
    }
    rule(COLOURS.rule, 0.8);
    drawRow(spec.total, BOLD);
  }
  layout.gap(8);
}

/** Two-column label/value table (a list of figures). */
export function drawFigures(
  layout: Layout,
  rows: [string, string][],
  valueHeader = 'Skaits',
): void {
  drawTable(layout, {
    columns: [
      { header: 'Rādītājs', width: 0.75 },
      { header: valueHeader, width: 0.25, align: 'right' },
    ],
    rows,
  });
}
