import type { Config } from './config/schema.js';
import { counted, forCount } from './english.js';
import { EXIT, UserError, type RowProblem } from './errors.js';
import { ingest } from './ingest/index.js';
import type { IngestOptions, IngestWarning } from './ingest/types.js';
import type { Contact } from './model/contact.js';
import { Aggregator } from './stats/aggregate.js';
import { PERIOD_PARTLY_COVERED, type Statistics } from './model/statistics.js';
import { serializeStatistics } from './stats/serialize.js';
import type { Period } from './period.js';
import type { ReportNotes } from './notes.js';
import { dayNumber } from './calendar.js';

/** One report to produce: a period and where its PDF and JSON go (null: not wanted). */
export interface ReportTarget {
  period: Period;
  pdfPath: string | null;
  jsonPath: string | null;
  /** The earlier period to compare with (`--compare`), instead of the config's or the one just before. */
  compare?: Period;
  /** The coordinator's notes for the period, for the PDF only (`--notes`). */
  notes?: ReportNotes;
}

/** What a run needs, already normalised from options and config. */
export interface ReportJob {
  targets: ReportTarget[];
  ingest: IngestOptions;
  skipInvalid: boolean;
  config: Config;
  configDir: string;
  /** The config's logos, read and checked before the exports are (cli/job.ts). */
  logos?: Buffer[];
  templatesDir?: string;
  generatedOn: Date;
  /** Write reports of periods without a contact too (`--allow-empty`); default false. */
  allowEmpty?: boolean;
  /** False to skip the PDFs (e.g. `batch --check` without a fixed date); default true. */
  renderPdf?: boolean;
  /** Told how far a long run is: valid rows so far, then reports rendered. */
  onProgress?: (progress: Progress) => void;
  /** Told how long each phase took (milliseconds), for `npm run bench`. */
  onPhase?: (phase: string, milliseconds: number) => void;
}

export type Progress =
  { stage: 'reading'; rows: number } | { stage: 'rendering'; done: number; total: number };

/** How often (in valid rows) reading reports progress. */
const PROGRESS_EVERY = 100_000;

/** A finished report, in memory, not yet written. */
export interface BuiltReport {
  target: ReportTarget;
  statistics: Statistics;
  json: string;
  pdf: Buffer | null;
}

export interface JobResult {
  reports: BuiltReport[];
  problems: RowProblem[];
  warnings: IngestWarning[];
  /** Warnings about the periods themselves (only partly covered by the exports), for the terminal. */
  periodWarnings: string[];
}

/**
 * Reads and validates the exports once, aggregates every requested period in
 * the same pass, and renders each report in memory. Throws a UserError (exit 1)
 * when rows are invalid and `skipInvalid` is off: nothing is rendered then.
 */
export async function buildReports(job: ReportJob): Promise<JobResult> {
  const phase = phaseTimer(job.onPhase);
  const aggregator = new Aggregator({
    config: job.config,
    periods: job.targets.map(({ period, compare }) => ({ period, compare })),
  });
  let rows = 0;
  const result = await ingest(job.ingest, (contact: Contact) => {
    aggregator.add(contact);
    if (++rows % PROGRESS_EVERY === 0) job.onProgress?.({ stage: 'reading', rows });
  });
  phase('ingest + aggregation');
  if (result.problems.length > 0 && !job.skipInvalid) {
    throw new InvalidRowsError(result.problems, result.warnings);
  }
  const statistics = aggregator.finish(result.clients, result.dataQuality);
  const coverage = periodCoverage(job, statistics, result.dateRange);
  const needsPdf = job.renderPdf !== false && job.targets.some((target) => target.pdfPath !== null);
  // Rendering modules (pdfkit, Chart.js, canvas) load only when a PDF is wanted.
  const render = needsPdf ? await loadRenderer() : null;
  phase('loading the renderer');
  const reports: BuiltReport[] = [];
  for (const [index, target] of job.targets.entries()) {
    const stats = statistics[index]!;
    const json = serializeStatistics(stats);
    phase('statistics + JSON');
    const pdf =
      render && target.pdfPath !== null ? await render(stats, job, json, target.notes) : null;
    phase('narratives + charts + PDF');
    reports.push({ target, statistics: stats, json, pdf });
    job.onProgress?.({ stage: 'rendering', done: index + 1, total: job.targets.length });
  }
  return {
    reports,
    problems: result.problems,
    warnings: result.warnings,
    periodWarnings: coverage,
  };
}

/**
 * Periods the exports do not cover. One without a single contact stops the
 * run (exit 1) naming the dates the exports cover, unless `allowEmpty`: an
 * empty report is almost always a wrong period or a wrong export. One only
 * partly covered gets a warning, returned for the terminal, and counted in
 * its report's data-quality warnings (`period_partly_covered`: the days of
 * the period outside the exports' dates), which the annex prints.
 */
function periodCoverage(
  job: ReportJob,
  statistics: Statistics[],
  covered: { first: string; last: string } | null,
): string[] {
  const coverage =
    covered === null
      ? 'the exports hold no valid contact'
      : `the exports cover ${covered.first} … ${covered.last}`;
  const empty = job.targets.filter((_target, index) => statistics[index]!.contacts.total === 0);
  if (empty.length > 0 && job.allowEmpty !== true) throw new EmptyPeriodsError(empty, coverage);
  const warnings: string[] = [];
  if (covered === null) return warnings;
  for (const [index, { period }] of job.targets.entries()) {
    const [from, to] = [dayNumber(period.from), dayNumber(period.to)];
    const [first, last] = [dayNumber(covered.first), dayNumber(covered.last)];
    // Days of the period before the exports' first date, and after their last.
    const outside =
      Math.max(0, Math.min(to + 1, first) - from) + Math.max(0, to - Math.max(from - 1, last));
    if (outside === 0) continue;
    warnings.push(
      outside === to - from + 1
        ? `warning: ${period.from} … ${period.to} is outside the dates the exports cover: ${coverage}`
        : `warning: ${period.from} … ${period.to} is only partly covered: ${coverage} ` +
            `(${counted(outside, 'day')} of the period outside them)`,
    );
    // A copy: the periods of one run share the exports' data quality.
    const stats = statistics[index]!;
    stats.dataQuality = {
      ...stats.dataQuality,
      warnings: [
        ...stats.dataQuality.warnings,
        { type: PERIOD_PARTLY_COVERED, count: outside },
      ].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
    };
  }
  return warnings;
}

/** Periods without a contact: nothing is written (exit 1). */
export class EmptyPeriodsError extends UserError {
  constructor(periods: readonly ReportTarget[], coverage: string) {
    const list = periods.map(({ period }) => `${period.from} … ${period.to}`);
    super(
      (periods.length === 1
        ? `no contact in the period ${list[0]}: ${coverage}.`
        : `no contact in ${periods.length} of the periods (${coverage}):\n` +
          list.map((line) => `  ${line}`).join('\n') +
          '\n') +
        `${periods.length === 1 ? ' ' : ''}No report was written: choose ${forCount(periods.length, 'a period', 'periods')} the exports cover, ` +
        'or use --allow-empty to write empty reports.',
      EXIT.invalidData,
    );
  }
}

/** Invalid rows stopped the run; the CLI prints them (first 20) and exits 1. */
export class InvalidRowsError extends UserError {
  constructor(
    readonly problems: RowProblem[],
    readonly warnings: IngestWarning[] = [],
  ) {
    const rows = new Set(problems.map((problem) => `${problem.file}:${problem.line}`)).size;
    const them = forCount(rows, 'it', 'them');
    super(
      `${counted(rows, 'invalid row')} (${counted(problems.length, 'problem')}); ` +
        `no report was written. Fix ${forCount(rows, 'the row', 'the rows')}, or use ` +
        `--skip-invalid to leave ${them} out (the annex lists ${them}).`,
      EXIT.invalidData,
    );
  }
}

/** Calls `onPhase` with the time since the previous call. */
function phaseTimer(onPhase: ReportJob['onPhase']): (name: string) => void {
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    onPhase?.(name, now - last);
    last = now;
  };
}

let rendered = false;

/**
 * Whether this process rendered a report, so that the renderer's code was
 * compiled (the CLI's code cache notes it: cli/start.ts). Loading the
 * renderer is not enough: its functions compile on their first call.
 */
export function reportRendered(): boolean {
  return rendered;
}

async function loadRenderer() {
  const [{ renderReport }, { renderNarratives }] = await Promise.all([
    import('./render/pdf.js'),
    import('./render/narrative.js'),
  ]);
  return async (statistics: Statistics, job: ReportJob, json: string, notes?: ReportNotes) => {
    const pdf = await renderReport(statistics, job.config, {
      narratives: renderNarratives(statistics, job.config, { templatesDir: job.templatesDir }),
      generatedOn: job.generatedOn,
      configDir: job.configDir,
      ...(job.logos ? { logos: job.logos } : {}),
      // The PDF carries the very JSON written beside it.
      statisticsJson: json,
      ...(notes ? { notes } : {}),
    });
    rendered = true;
    return pdf;
  };
}
