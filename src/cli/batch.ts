/**
 * `lsk-report batch --periods periods.json [--check]`: reads the exports once
 * and (re)generates the report of every listed period; with `--check`, only
 * compares what it would write with the files on disk, figure by figure
 * (exit 3 when a report is missing or its figures changed).
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import {
  describeStatus,
  fileStatus,
  isStale,
  type FileStatus,
  type OnDisk,
} from '../batch/check.js';
import { batchEntries, parsePeriodsFile } from '../batch/periods.js';
import { isPdf } from '../embedded-statistics.js';
import { counted, forCount, grouped } from '../english.js';
import { EXIT, fileError, UserError } from '../errors.js';
import type { StoredStatistics } from '../model/statistics.js';
import { writeOutputs, type OutputFile } from '../output.js';
import type { BuiltReport } from '../pipeline.js';
import { buildReportsOnTerminal } from './build.js';
import { addCommonOptions, describeCommand, optionsOf, REPORT_EXIT_CODES } from './common.js';
import { addInputOptions } from './inputs.js';
import { shownPath, type Terminal } from './io.js';
import { addJobOptions, loadJobConfig, prepareJob, type JobOptions } from './job.js';
import { parseStatisticsJson } from '../stats/serialize.js';
import { MAX_STATISTICS_FILE_BYTES, statisticsText, TOO_LARGE } from './statistics-file.js';
import { configNotesFile, readNotes } from './notes.js';

interface BatchOptions extends JobOptions {
  periods: string;
  check?: boolean;
}

/** Registers `batch`. */
export function registerBatch(program: Command, terminal: Terminal): void {
  const command = program
    .command('batch')
    .description('regenerate the reports of many periods from one read of the exports')
    .requiredOption('--periods <file>', 'JSON file listing the periods (see README)')
    .option(
      '--check',
      'write nothing; say per file whether its figures are up to date (exit 3 if not)',
    );
  addJobOptions(command);
  addInputOptions(command);
  addCommonOptions(command);
  describeCommand(command, terminal, {
    examples: [
      'lsk-report batch --periods examples/periods.json',
      'lsk-report batch --periods periods.json exports/*.csv',
      'SOURCE_DATE_EPOCH=1640995200 lsk-report batch --periods periods.json --check',
    ],
    exitCodes: [
      { code: 0, meaning: 'done; with --check: every report is up to date' },
      ...REPORT_EXIT_CODES.slice(1, 3),
      { code: 3, meaning: 'with --check: a report is missing or its figures changed' },
      ...REPORT_EXIT_CODES.slice(3),
    ],
  });
  command.action(async (files: string[], _options: unknown, self: Command) => {
    process.exitCode = await runBatch({ ...optionsOf<BatchOptions>(self), files }, terminal);
  });
}

/** Runs the batch; returns the exit code. */
export async function runBatch(
  options: BatchOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<number> {
  const periodsText = await readFile(options.periods, 'utf8').catch((error: unknown) => {
    throw fileError(error, 'read --periods', options.periods);
  });
  const periodsFile = parsePeriodsFile(periodsText, options.periods, cwd);
  // --config wins over the config the periods file names.
  const loaded = loadJobConfig(
    { ...options, config: options.config ?? periodsFile.config ?? undefined },
    cwd,
  );
  // Outputs named from the working directory when inside it, as messages show paths (README, "Errors").
  const entries = batchEntries(periodsFile, loaded.config.periods).map((entry) => ({
    ...entry,
    pdfPath: shownPath(entry.pdfPath, cwd),
    jsonPath: shownPath(entry.jsonPath, cwd),
  }));
  // Each entry's notes: its own "notes", else those of the config's period of the same dates.
  const notesFiles = entries.map(
    (entry) => entry.notesFile ?? configNotesFile(loaded.config, entry.period),
  );
  const targets = entries.map((entry, index) => {
    const file = notesFiles[index];
    return file === undefined ? entry : { ...entry, notes: readNotes(file, cwd, loaded.config) };
  });
  const fixedDate = Boolean(process.env.SOURCE_DATE_EPOCH?.trim());
  const job = await prepareJob(options, loaded, targets, cwd, {
    moreInputs: [options.periods, ...notesFiles.filter((file) => file !== undefined)],
    namesBase: periodsFile.dir,
    // Without a fixed date a PDF can never match the one on disk: --check compares figures only.
    renderPdf: !(options.check && !fixedDate),
  });
  const say = (text: string) => {
    if (!options.quiet) terminal.err(text);
  };
  say(
    `Reading ${counted(job.ingest.files.length, 'file')} for ${counted(entries.length, 'period')}…\n`,
  );

  const result = await buildReportsOnTerminal(job, terminal, options);
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || isAbsolute(rel) ? path : rel.split('\\').join('/');
  };

  if (!options.check) {
    const outputs: OutputFile[] = result.reports.flatMap((report) => [
      ...(report.pdf ? [{ path: report.target.pdfPath!, data: report.pdf }] : []),
      { path: report.target.jsonPath!, data: report.json },
    ]);
    await writeOutputs(outputs);
    for (const report of result.reports) {
      say(
        `${report.target.period.from} … ${report.target.period.to} → ${show(report.target.pdfPath!)}\n`,
      );
    }
    return EXIT.ok;
  }

  const checked = await checkReports(result.reports);
  checked.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, status } of checked)
    terminal.out(`${show(path)}: ${describeStatus(status)}\n`);
  if (!fixedDate) {
    say(
      'PDFs compared by their figures only: set SOURCE_DATE_EPOCH to the date they were made with to compare their bytes too.\n',
    );
  }
  const stale = checked.filter(({ status }) => isStale(status)).length;
  say(
    stale === 0
      ? `${forCount(checked.length, 'The file is', `All ${counted(checked.length, 'file')} are`)} up to date.\n`
      : `${grouped(stale)} of ${counted(checked.length, 'file')} ${forCount(stale, 'needs', 'need')} ` +
          'regenerating: run the same command without --check.\n',
  );
  return stale === 0 ? EXIT.ok : EXIT.stale;
}

/** Every output of the batch with its status against the file on disk. */
async function checkReports(
  reports: BuiltReport[],
): Promise<{ path: string; status: FileStatus }[]> {
  const checked: { path: string; status: FileStatus }[] = [];
  for (const report of reports) {
    const jsonPath = report.target.jsonPath!;
    const pdfPath = report.target.pdfPath!;
    const json = await onDisk(jsonPath, null);
    checked.push({
      path: jsonPath,
      status: fileStatus(Buffer.from(report.json), report.statistics, json),
    });
    // A PDF that carries no statistics (made before reports did) is judged by the JSON written with it.
    const pdf = await onDisk(pdfPath, json.statistics);
    checked.push({ path: pdfPath, status: fileStatus(report.pdf, report.statistics, pdf) });
  }
  return checked;
}

/** A file's bytes and the statistics it carries (`fallback` for a PDF carrying none). */
async function onDisk(path: string, fallback: OnDisk['statistics']): Promise<OnDisk> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => null,
  );
  if (size !== null && size > MAX_STATISTICS_FILE_BYTES) {
    return { bytes: Buffer.alloc(0), statistics: { unreadable: TOO_LARGE } };
  }
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return { bytes: null, statistics: null };
  let statistics: StoredStatistics | { unreadable: string } | null;
  try {
    statistics = parseStatisticsJson(statisticsText(bytes, path), path);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // The reason without the file's name, which the status line starts with.
    const reason = error.message.startsWith(`${path}: `)
      ? error.message.slice(path.length + 2)
      : error.message;
    statistics = isPdf(bytes) && fallback !== null ? fallback : { unreadable: reason };
  }
  return { bytes, statistics };
}
