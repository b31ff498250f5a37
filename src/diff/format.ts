/**
 * The comparison as text: a table for the terminal, Markdown, CSV (also for
 * Latvian Excel) and JSON. The workbook is in `xlsx.ts`.
 */
import { counted, forCount } from '../english.js';
import type { Leaf } from './compare.js';
import { DIFF_SCHEMA_ID, type DiffJson } from './json.js';
import type { DiffRow, DiffTable } from './table.js';

export const DIFF_FORMATS = ['table', 'markdown', 'csv', 'json', 'xlsx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export type TextFormat = Exclude<DiffFormat, 'xlsx'>;

/** Number style of CSV: `en` (`,` between cells, `12.5`) or `lv` (`;`, `12,5`, with a BOM). */
export const DIFF_LOCALES = ['en', 'lv'] as const;
export type DiffLocale = (typeof DIFF_LOCALES)[number];

/** Renders the comparison in a text format. */
export function formatDiff(
  table: DiffTable,
  format: TextFormat,
  locale: DiffLocale = 'en',
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(diffJson(table), null, 2)}\n`;
    case 'csv':
      return csv(table, locale);
    case 'markdown':
      return markdown(table);
    case 'table':
      return text(table);
  }
}

/** The header row: the figure, a column per period, then the change from first to last. */
export function headerOf(table: DiffTable): string[] {
  return ['figure', ...table.columns.map((column) => column.label), 'change', 'change %'];
}

/** The JSON document (`schemas/diff.schema.json`). */
export function diffJson(table: DiffTable): DiffJson {
  return {
    $schema: DIFF_SCHEMA_ID,
    periods: table.columns.map(({ label, from, to, file }) => ({ label, from, to, file })),
    differences: table.rows.map(({ key, family, values, change, changePercent }) => ({
      key,
      family,
      values,
      change,
      changePercent,
    })),
  };
}

/** A row's cells for people: `–` where a period has no value, signed changes. */
function cellsForPeople(row: DiffRow): string[] {
  return [
    row.key,
    ...row.values.map((value) => (value === null ? '–' : String(value))),
    row.change === null ? '' : signed(row.change),
    row.changePercent === null ? '' : `${signed(row.changePercent)} %`,
  ];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function summary(table: DiffTable): string {
  const n = table.rows.length;
  if (n === 0) return 'No figure differs.\n';
  return `${counted(n, 'figure')} ${forCount(n, 'differs', 'differ')}.\n`;
}

function text(table: DiffTable): string {
  if (table.rows.length === 0) return summary(table);
  const rows = [headerOf(table), ...table.rows.map(cellsForPeople)];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return `${rows.map(line).join('\n')}\n${summary(table)}`;
}

function markdown(table: DiffTable): string {
  if (table.rows.length === 0) return summary(table);
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const header = headerOf(table);
  const rows = [
    header,
    header.map((_, column) => (column === 0 ? '---' : '---:')),
    ...table.rows.map(cellsForPeople),
  ];
  return `${rows.map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n')}\n`;
}

/**
 * CSV: a header row, then a row per figure, numbers as plain numbers (no sign,
 * unit or thousands separator), an empty cell where a period has no value,
 * CRLF line ends (RFC 4180). `lv` is for Latvian Excel, which takes `;` as
 * the separator and `,` as the decimal mark, and reads the letters of a CSV
 * as UTF-8 only after a byte order mark.
 */
function csv(table: DiffTable, locale: DiffLocale): string {
  const separator = locale === 'lv' ? ';' : ',';
  const cell = (value: Leaf): string => {
    if (value === null) return '';
    if (typeof value === 'number') {
      return locale === 'lv' ? String(value).replace('.', ',') : String(value);
    }
    const textValue = String(value);
    return textValue.includes(separator) || /["\r\n]/.test(textValue)
      ? `"${textValue.replace(/"/g, '""')}"`
      : textValue;
  };
  const rows = [
    headerOf(table).map(cell),
    ...table.rows.map((row) => [row.key, ...row.values, row.change, row.changePercent].map(cell)),
  ];
  const body = rows.map((row) => row.join(separator)).join('\r\n') + '\r\n';
  return locale === 'lv' ? `\uFEFF${body}` : body;
}
