import { counted, forCount } from '../english.js';
import type { Difference, Leaf } from './compare.js';

export const DIFF_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const HEADER = ['figure', 'A', 'B', 'change', 'change %'];

/** Renders differences for people (table, markdown) or programs (json, csv). */
export function formatDifferences(differences: Difference[], format: DiffFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(differences, (_key, value) => (value === undefined ? null : value), 2)}\n`;
    case 'csv':
      return (
        [HEADER, ...differences.map(cells)].map((row) => row.map(csvCell).join(',')).join('\n') +
        '\n'
      );
    case 'markdown':
      return markdownTable(differences);
    case 'table':
      return textTable(differences);
  }
}

function cells(difference: Difference): string[] {
  return [
    difference.key,
    show(difference.a),
    show(difference.b),
    difference.change === null ? '' : signed(difference.change),
    difference.changePercent === null ? '' : `${signed(difference.changePercent)} %`,
  ];
}

function show(value: Leaf | undefined): string {
  if (value === undefined) return '(none)';
  if (value === null) return 'null';
  return String(value);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function markdownTable(differences: Difference[]): string {
  if (differences.length === 0) return 'No differences.\n';
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = [HEADER, HEADER.map(() => '---'), ...differences.map(cells)];
  return rows.map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n') + '\n';
}

function textTable(differences: Difference[]): string {
  if (differences.length === 0) return 'No differences.\n';
  const rows = [HEADER, ...differences.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return (
    [line(rows[0]!), ...rows.slice(1).map(line)].join('\n') +
    `\n${counted(differences.length, 'figure')} ${forCount(differences.length, 'differs', 'differ')}.\n`
  );
}
