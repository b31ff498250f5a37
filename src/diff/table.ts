/**
 * The comparison an analyst reads: the figures of two or more periods side by
 * side, a column per period, one row per figure whose value is not the same
 * in all of them. Pure: the `diff` command reads the files, prints or writes
 * the table.
 */
import { closest } from 'fastest-levenshtein';
import { UserError } from '../errors.js';
import { storedStatisticsSchema, type StoredStatistics } from '../model/statistics.js';
import type { NamedPeriods } from '../period.js';
import { flatten, type Leaf } from './compare.js';
import { familyOf, isFigure } from './figures.js';
import { periodLabel } from './labels.js';

/** A column: one input file and its period. */
export interface DiffColumn {
  /** The column's heading: the period's name in the config, else its days. */
  label: string;
  from: string;
  to: string;
  /** The file as named on the command line (`-` for standard input). */
  file: string;
}

/**
 * One figure across the periods. A value is `null` where the period has none:
 * a country no client came from, a family that does not apply (`staff`), a
 * month outside the period. `change` and `changePercent` go from the first
 * period that has a number to the last one.
 */
export interface DiffRow {
  key: string;
  family: string;
  values: Leaf[];
  change: number | null;
  changePercent: number | null;
}

export interface DiffTable {
  columns: DiffColumn[];
  rows: DiffRow[];
}

export const DIFF_SORTS = ['figure', 'change'] as const;
export type DiffSort = (typeof DIFF_SORTS)[number];

/**
 * The families `--only` can name: the statistics' top-level keys that hold
 * figures, in the JSON's order.
 */
export const FAMILIES: readonly string[] = Object.keys(storedStatisticsSchema.shape).filter(
  (key) => !['$schema', 'schemaVersion', 'period'].includes(key),
);

/**
 * Families shown only when asked for (`--all`, or named in `--only`):
 * `comparison` repeats the figures of each report's earlier period, which a
 * comparison of consecutive periods already has in its own columns.
 */
const ON_REQUEST = new Set(['comparison']);

/**
 * A list item's name beside its code (`countries[IQ].name`, "Irāka"): a label
 * the code already gives, differing only where one period lacks the item.
 */
const ITEM_LABEL = /\]\.name$/;

export interface DiffSelection {
  /** Also provenance (input files, digests, row counts, eligibility examples), names and `comparison`. */
  all?: boolean;
  /** Only these families (`countries`, `services`, …), checked with `checkFamilies`. */
  only?: readonly string[];
  sort?: DiffSort;
}

/** An input of the comparison: its statistics and the name it was given by. */
export interface DiffInput {
  statistics: StoredStatistics;
  file: string;
}

/**
 * The rows that differ, in the order of the figures in the JSON (`sort:
 * 'figure'`) or largest change first (`sort: 'change'`, see `byChange`).
 * By default only figures: no provenance, and a month only in the periods
 * that contain it, listed when two or more do.
 */
export function diffTable(
  inputs: readonly DiffInput[],
  selection: DiffSelection = {},
  named: NamedPeriods = {},
): DiffTable {
  const only = selection.only === undefined ? null : new Set(checkFamilies(selection.only));
  const flat = inputs.map((input) => flatten(input.statistics));
  const periods = inputs.map((input) => input.statistics.period);
  const keys = inFamilyOrder(new Set(flat.flatMap((map) => [...map.keys()])));
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const family = familyOf(key);
    if (only !== null ? !only.has(family) : !selection.all && ON_REQUEST.has(family)) continue;
    if (!selection.all && (!isFigure(key) || ITEM_LABEL.test(key))) continue;
    const inPeriod = periods.map((period) => monthInPeriod(key, period));
    if (inPeriod.filter(Boolean).length < 2) continue; // a month no two periods share
    const values = flat.map((map, index) => (inPeriod[index] ? (map.get(key) ?? null) : null));
    const compared = values.filter((_value, index) => inPeriod[index]);
    if (compared.every((value) => value === compared[0])) continue;
    rows.push({ key, family, values, ...change(values) });
  }
  if (selection.sort === 'change') rows.sort(byChange);
  return { columns: columns(inputs, named), rows };
}

/**
 * Keys grouped by family in the JSON's order, in their order of appearance
 * within a family: a country that only a later period has comes with the
 * other countries, not after everything else.
 */
function inFamilyOrder(keys: Set<string>): string[] {
  const rank = (key: string) => {
    const index = FAMILIES.indexOf(familyOf(key));
    return index === -1 ? FAMILIES.length : index;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** From the first number of a row to its last: the difference, and that in % of the first. */
function change(values: readonly Leaf[]): Pick<DiffRow, 'change' | 'changePercent'> {
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length < 2) return { change: null, changePercent: null };
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  return {
    change: round(last - first, 2),
    changePercent: first === 0 ? null : round(((last - first) / first) * 100, 1),
  };
}

/**
 * `--sort change`: the largest relative change first (|change %|, ties by
 * |change|); then the changes that have no % (from 0) by |change|; then rows
 * without a change (a figure only one period has, text). Equal rows keep the
 * order of the figures.
 */
export function byChange(a: DiffRow, b: DiffRow): number {
  const rank = (row: DiffRow) => (row.changePercent !== null ? 0 : row.change !== null ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    Math.abs(b.changePercent ?? 0) - Math.abs(a.changePercent ?? 0) ||
    Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0)
  );
}

/**
 * Whether a key applies to a period: a month's figures (`monthly[2021-06].…`)
 * only to periods holding that month; everything else to every period.
 */
function monthInPeriod(key: string, period: { from: string; to: string }): boolean {
  const month = /^monthly\[(\d{4}-\d{2})\]/.exec(key)?.[1];
  return (
    month === undefined || (period.from.slice(0, 7) <= month && month <= period.to.slice(0, 7))
  );
}

/** The families named, checked: an unknown one is a usage error listing them all. */
export function checkFamilies(only: readonly string[]): string[] {
  for (const family of only) {
    if (!FAMILIES.includes(family)) {
      const hint = family === '' ? '' : ` (did you mean ${closest(family, [...FAMILIES])}?)`;
      throw new UserError(
        `--only: unknown family of figures "${family}"${hint}; the families are ${FAMILIES.join(', ')}`,
      );
    }
  }
  return [...only];
}

/** The columns; where two files hold the same period, their file names tell them apart. */
function columns(inputs: readonly DiffInput[], named: NamedPeriods): DiffColumn[] {
  const labels = inputs.map((input) => periodLabel(input.statistics.period, named));
  return inputs.map((input, index) => {
    const label = labels[index]!;
    const shared = labels.indexOf(label) !== labels.lastIndexOf(label);
    return {
      label: shared ? `${label} (${input.file === '-' ? 'stdin' : input.file})` : label,
      from: input.statistics.period.from,
      to: input.statistics.period.to,
      file: input.file,
    };
  });
}

function round(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}
