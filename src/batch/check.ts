/**
 * `batch --check`: what a file on disk is worth against the report the
 * exports give today. A report is stale only when one of its figures changed
 * (or it is missing): a cumulative export that leaves a period's figures as
 * they were changes only provenance (file digests, row counts of the whole
 * export) and, for a PDF, perhaps its generation date — information, not a
 * reason to regenerate. Pure: the command reads the files.
 */
import { compareStatistics, type Difference } from '../diff/compare.js';
import { isPdf } from '../embedded-statistics.js';
import { isFigure } from '../diff/figures.js';
import type { Statistics, StoredStatistics } from '../model/statistics.js';

export type FileStatus =
  | { kind: 'upToDate' }
  | { kind: 'provenanceOnly' }
  /** The same statistics, other bytes: a PDF's wording, layout or date; a JSON's formatting. */
  | { kind: 'sameStatistics'; pdf: boolean }
  | { kind: 'figuresChanged'; differences: Difference[] }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

/** What is on disk for one output file, as the command read it. */
export interface OnDisk {
  /** The file's bytes; null when there is no file. */
  bytes: Uint8Array | null;
  /** The statistics the file carries (or, for an older PDF, the JSON written with it). */
  statistics: StoredStatistics | { unreadable: string } | null;
}

/**
 * The status of one file: `fresh` is what the run would write now (null when
 * not rendered, as PDFs without SOURCE_DATE_EPOCH), `statistics` its figures.
 */
export function fileStatus(
  fresh: Uint8Array | null,
  statistics: Statistics,
  onDisk: OnDisk,
): FileStatus {
  if (onDisk.bytes === null) return { kind: 'missing' };
  if (fresh !== null && Buffer.from(fresh).equals(Buffer.from(onDisk.bytes))) {
    return { kind: 'upToDate' };
  }
  if (onDisk.statistics === null) {
    return { kind: 'unreadable', reason: 'it carries no statistics to compare' };
  }
  if ('unreadable' in onDisk.statistics) {
    return { kind: 'unreadable', reason: onDisk.statistics.unreadable };
  }
  const all = compareStatistics(onDisk.statistics, statistics);
  const differences = all.filter((difference) => isFigure(difference.key));
  if (differences.length > 0) return { kind: 'figuresChanged', differences };
  if (fresh === null) return { kind: 'upToDate' };
  return all.length > 0
    ? { kind: 'provenanceOnly' }
    : { kind: 'sameStatistics', pdf: isPdf(onDisk.bytes) };
}

/** Whether a status asks for the report to be regenerated. */
export function isStale(status: FileStatus): boolean {
  return (
    status.kind === 'missing' || status.kind === 'figuresChanged' || status.kind === 'unreadable'
  );
}

/** How many differing figures a status line names before "… and N more". */
const FIGURES_NAMED = 3;

/** One line for people: `figures changed: clients.unique 120 → 121, …`. */
export function describeStatus(status: FileStatus): string {
  switch (status.kind) {
    case 'upToDate':
      return 'up to date';
    case 'provenanceOnly':
      return 'up to date (figures unchanged; only provenance or the generation date differs)';
    case 'sameStatistics':
      return status.pdf
        ? 'up to date (figures unchanged; only its text, layout or generation date differs)'
        : 'up to date (figures unchanged; only its formatting differs)';
    case 'missing':
      return 'missing';
    case 'unreadable':
      return `stale: ${status.reason}`;
    case 'figuresChanged': {
      const shown = status.differences
        .slice(0, FIGURES_NAMED)
        .map(({ key, a, b }) => `${key} ${show(a)} → ${show(b)}`);
      const more = status.differences.length - FIGURES_NAMED;
      return `figures changed: ${shown.join(', ')}${more > 0 ? `, … and ${more} more` : ''}`;
    }
  }
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : String(value);
}
